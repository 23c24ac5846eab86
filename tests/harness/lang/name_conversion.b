implement NameConversion;

include "sys.m";
include "draw.m";

NameConversion: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# `T e`, T the name of a type, converts e as `int e` would (limbo.y: Lid monexp).
Count: type int;
Text: type string;
Wide: type big;

init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	c := Count 2.6;
	d := Count "41" + 1;
	t := Text 7;
	w := Wide 3 << 40;
	sys->print("%d %d %s %bd\n", c, d, t + "x", w);
	r := real Count 9.5;
	sys->print("%g %d\n", r, Count !0);
}
