implement ConvParenPostfix;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvParenPostfix: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

P: adt {
	n: int;
	r: real;
	s: string;
	a: array of int;
	l: list of string;
};

# a prefix operator applies to the whole postfix expression after it,
# even when that expression starts with a parenthesis
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := P(7, 2.5, "42", array[] of {1, 2, 3}, "a" :: "bc" :: nil) :: nil;
	sys->print("string: %s\n", string (hd l).n);
	sys->print("int: %d\n", int (hd l).s + 1);
	sys->print("real: %g\n", real (hd l).n / 2.0);
	sys->print("int of real: %d\n", int (hd l).r);
	sys->print("len arr: %d\n", len (hd l).a);
	sys->print("len list: %d\n", len (hd l).l);
	sys->print("hd list: %s\n", hd (hd l).l);
	sys->print("tl list: %s\n", hd tl (hd l).l);
	sys->print("neg: %d\n", - (hd l).n);
	sys->print("not: %d\n", ! (hd l).n);
	sys->print("index: %d\n", (hd l).a[2]);
	sys->print("len of index: %d\n", len (hd l).s[0:1]);
	p := ref hd l;
	sys->print("string of ref field: %s\n", string (p).n);
}
