implement BadAssign;

include "sys.m";
	sys: Sys;
include "draw.m";

BadAssign: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

count(l: list of string): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := count(argv);
	# mistake: n is an int, the programmer meant to build a message
	n = "args: " + string count(argv);
	sys->print("%d\n", n);
}
