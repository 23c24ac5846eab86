implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: labels on for, while, do, case and alt, with labelled break and continue
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	outer:
	for(i := 0; i < 4; i++){
		for(j := 0; j < 4; j++){
			if(j == 2)
				continue outer;
			if(i == 3)
				break outer;
			sys->print("for %d %d\n", i, j);
		}
	}
	n := 0;
	w:
	while(n < 10){
		n++;
		d:
		do {
			if(n % 3 == 0)
				continue w;
			if(n > 7)
				break w;
			break d;
		} while(0);
		sys->print("while %d\n", n);
	}
	k := 0;
	loop:
	for(;;){
		c:
		case k {
		0 =>
			sys->print("case zero\n");
			break c;
		1 =>
			sys->print("case one\n");
		* =>
			break loop;
		}
		k++;
	}
	ch := chan[1] of int;
	ch <-= 9;
	a:
	alt {
	v := <-ch =>
		if(v == 9)
			break a;
		sys->print("not reached\n");
	}
	sys->print("done %d\n", k);
}
