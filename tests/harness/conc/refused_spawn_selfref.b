implement Refused;

# a member taking self by value cannot be spawned on a ref.

include "sys.m";
	sys: Sys;
include "draw.m";

Refused: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

A: adt {
	n: int;
	show: fn(a: self A, c: chan of int);
};

A.show(a: self A, c: chan of int)
{
	c <-= a.n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	r := ref A(1);
	spawn r.show(c);
	sys->print("%d\n", <-c);
}
