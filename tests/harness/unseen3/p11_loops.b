implement P11;
include "sys.m";
	sys: Sys;
include "draw.m";
P11: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# labelled break/continue
outer:	for(i := 0; i < 5; i++){
		for(j := 0; j < 5; j++){
			if(j == 3)
				continue outer;
			if(i == 3)
				break outer;
			sys->print("%d%d ", i, j);
		}
	}
	sys->print("\n");
	n := 0;
	while(n < 100)
		n = n * 2 + 1;
	sys->print("while %d\n", n);
	k := 10;
	do {
		k -= 3;
		sys->print("do %d ", k);
	} while(k > 0);
	sys->print("\n");
	k = 100;
	do k++; while(k < 50);
	sys->print("do-once %d\n", k);
	cnt := 0;
	for(;;){
		cnt++;
		if(cnt > 7)
			break;
		if(cnt % 2)
			continue;
		sys->print("even %d ", cnt);
	}
	sys->print("\n");
	# label on while and do
	x := 0;
lw:	while(x < 10){
		x++;
		y := 0;
		do {
			y++;
			if(x*y == 12)
				break lw;
			if(y > x)
				continue lw;
		} while(y < 10);
	}
	sys->print("lw x=%d\n", x);
	# break from case inside loop
	s := 0;
lc:	for(i = 0; i < 10; i++){
		case i {
		2 => continue;
		5 => break lc;
		* => s += i;
		}
	}
	sys->print("lc s=%d i=%d\n", s, i);
	# nested blocks and scoping
	v := 1;
	{
		v := 2;
		v++;
		sys->print("inner v %d\n", v);
	}
	sys->print("outer v %d\n", v);
	for(i = 10; i > 0; i /= 2)
		sys->print("%d ", i);
	sys->print("\n");
	tot := 0;
	for(i = 0; i < 1000000; i++)
		tot += i & 7;
	sys->print("tot %d\n", tot);
}
