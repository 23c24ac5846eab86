implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: the index declared by a for is visible after the loop; local cons
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 5; i++)
		;
	sys->print("after loop i=%d\n", i);
	for(i = 10; i > 7; i--)
		sys->print("down %d\n", i);
	sys->print("i=%d\n", i);
	K: con 6;
	S: con "six";
	sys->print("%d %s %d\n", K, S, K * len S);
	while((j := i * 2) < 20)
		i++;
	sys->print("i=%d j=%d\n", i, j);
}
