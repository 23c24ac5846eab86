implement ForContinue;

include "sys.m";
	sys: Sys;
include "draw.m";

ForContinue: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# two loop variables, compound condition
	for((i, j) := (0, 20); i < j && i*j < 90; (i, j) = (i+1, j-2)){
		if(i % 2 == 1)
			continue;
		sys->print("i=%d j=%d\n", i, j);
	}
	# continue in a while-style for still runs nothing extra
	n := 0;
	k := 0;
	for(; k < 30; ){
		k++;
		if(k % 3 != 0 || k % 5 == 0)
			continue;
		n += k;
	}
	sys->print("sum of multiples of 3 not of 5 up to 30: %d\n", n);
	# labelled continue and break
	count := 0;
outer:
	for(a := 2; a < 40; a++){
		for(b := 2; b*b <= a; b++)
			if(a % b == 0)
				continue outer;
		count++;
		if(count == 8)
			break outer;
		sys->print("%d ", a);
	}
	sys->print("\ncount=%d\n", count);
	# do-while with continue jumps to the condition
	x := 0;
	do {
		x++;
		if(x < 5)
			continue;
		sys->print("x reached %d\n", x);
	} while(x < 7);
	# loop with empty body and side effecting condition
	s := "find the q here";
	p: int;
	for(p = 0; p < len s && s[p] != 'q'; p++)
		;
	sys->print("q at %d\n", p);
	# loop whose condition is false at start
	for(z := 10; z < 5; z++)
		sys->print("never\n");
	sys->print("done\n");
}
