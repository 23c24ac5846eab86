implement Loops;

include "sys.m";
	sys: Sys;
include "draw.m";

Loops: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	n := int hd tl args;
	x := 0;
	for(i := 0; i < n; i++)
		x = (x * 31 + i) % 1000003;
	s := "";
	for(i = 0; i < n / 10; i++)
		s += "ab";
	l: list of int;
	for(i = 0; i < n / 10; i++)
		l = i :: l;
	t := 0;
	for(; l != nil; l = tl l)
		t += hd l;
	sys->print("%d %d %d\n", x, len s, t);
}
