implement Labels;

include "sys.m";
	sys: Sys;
include "draw.m";

Labels: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== break outer from inner for ==\n");
outer:
	for(i := 0; i < 5; i++){
		for(j := 0; j < 5; j++){
			if(i * j == 6){
				sys->print("found i=%d j=%d\n", i, j);
				break outer;
			}
		}
		sys->print("row %d done\n", i);
	}
	sys->print("== continue outer ==\n");
rows:
	for(i = 0; i < 4; i++){
		for(j := 0; j < 4; j++){
			if(j > i)
				continue rows;
			sys->print("(%d,%d)", i, j);
		}
		sys->print(" never printed for i<3\n");
	}
	sys->print("\n");
	sys->print("== labelled while and do ==\n");
	n := 0;
w:
	while(n < 100){
		n++;
		k := 0;
		do {
			k++;
			if(n == 4)
				break w;
			if(k == 2)
				continue w;
		} while(k < 10);
		sys->print("unreachable\n");
	}
	sys->print("n=%d\n", n);
	sys->print("== break out of case inside loop ==\n");
	count := 0;
scan:
	for(i = 0; i < 10; i++){
		case i % 4 {
		0 =>
			count += 100;
		3 =>
			if(i > 5)
				break scan;
			count += 1;
		* =>
			break;	# leaves the case only
		}
	}
	sys->print("count=%d stopped at i=%d\n", count, i);
	sys->print("== three levels ==\n");
	hits := 0;
a:
	for(x := 0; x < 3; x++){
b:
		for(y := 0; y < 3; y++){
			for(z := 0; z < 3; z++){
				if(z == 1)
					continue b;
				if(y == 2)
					continue a;
				if(x == 2)
					break a;
				hits++;
				sys->print("[%d%d%d]", x, y, z);
			}
		}
	}
	sys->print("\nhits=%d\n", hits);
	sys->print("== unlabelled break in alt inside loop ==\n");
	c := chan[3] of int;
	c <-= 1;
	c <-= 2;
	c <-= 3;
	got := 0;
	for(;;){
		alt {
		v := <-c =>
			got += v;
			if(v == 2)
				break;	# leaves the alt only
			sys->print("after v=%d\n", v);
		}
		if(got >= 3)
			break;
	}
	sys->print("got=%d\n", got);
}
