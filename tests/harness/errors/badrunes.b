implement BadRunes;

include "sys.m";
	sys: Sys;
include "draw.m";

BadRunes: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

show(what: string, s: string)
{
	b := array of byte s;
	sys->print("%s: len %d bytes %d:", what, len s, len b);
	for(i := 0; i < len b; i++)
		sys->print(" %.2ux", int b[i]);
	sys->print(" back %d\n", len string b);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := "é";
	t[0] = 16r10ffff;
	show("10ffff", t);
	t[0] = 16rfffd;
	show("fffd", t);
	t[0] = 16rd800;
	show("d800", t);
	t[0] = 16rdfff;
	show("dfff", t);
	u := "ab" + t + "c";
	show("concat", u);
	sys->print("u[2] %ux\n", u[2]);
	t[0] = 16r110000;
	show("110000", t);
	t[0] = 16r7fffffff;
	show("7fffffff", t);
	sys->print("done\n");
}
