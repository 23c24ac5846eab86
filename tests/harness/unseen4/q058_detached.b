implement Detached;

include "sys.m";
	sys: Sys;
include "draw.m";

Detached: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Checker: adt {
	name:	string;
	seen:	int;
	check:	fn(c: self ref Checker, v: int);
};

Checker.check(c: self ref Checker, v: int)
{
	c.seen++;
	if(v % 7 == 0)
		raise sys->sprint("assertion failed: %s saw multiple of 7 (%d) after %d values", c.name, v, c.seen);
	sys->print("%s: %d ok\n", c.name, v);
}

background(vals: array of int)
{
	c := ref Checker("bg", 0);
	for(i := 0; i < len vals; i++)
		c.check(vals[i]);
	sys->print("background finished cleanly\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fg := ref Checker("fg", 0);
	for(v := 1; v <= 5; v++)
		fg.check(v*3);
	sys->print("init hands over and returns\n");
	spawn background(array[] of {10, 12, 15, 20, 21, 23});
}
