implement ExcTyped;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcTyped: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Parse: exception(int, string);
Empty: exception;
Pos: adt {
	line, col: int;
};
Where: exception(Pos, list of string);

check(s: string, n: int)
{
	if(s == nil)
		raise Empty;
	if(n < 0)
		raise Parse(n, "negative " + s);
	if(n == 0)
		raise Where(Pos(3, 4), s :: "zero" :: nil);
	if(n > 100)
		raise "string exception " + s;
	if(n == 50){
		a := array[2] of int;
		a[n] = 1;
	}
}

try(s: string, n: int)
{
	{
		check(s, n);
		sys->print("%s %d: fine\n", s, n);
	} exception e {
	Parse =>
		(code, msg) := e;
		sys->print("%s %d: Parse %d %q\n", s, n, code, msg);
	Empty =>
		sys->print("%d: Empty\n", n);
	Where =>
		(p, l) := e;
		sys->print("%s %d: Where %d.%d %s/%s\n", s, n, p.line, p.col, hd l, hd tl l);
	"string*" =>
		sys->print("%s %d: str %s\n", s, n, e);
	"*" =>
		sys->print("%s %d: other %s\n", s, n, e);
	}
}

outer(n: int): string
{
	{
		check("o", n);
	} exception e {
	Empty =>
		return "outer handled empty";
	}
	return "outer passed";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("a", 1);
	try("b", -7);
	try(nil, 5);
	try("c", 0);
	try("d", 101);
	try("e", 50);
	{
		sys->print("%s\n", outer(3));
		sys->print("%s\n", outer(-2));
		sys->print("not reached\n");
	} exception e {
	Parse =>
		(c, m) := e;
		sys->print("propagated Parse %d %s\n", c, m);
	"*" =>
		sys->print("propagated as string %s\n", e);
	}
	{
		raise Parse(1, "x");
	} exception e {
	"*" =>
		sys->print("typed caught as string: %s\n", e);
	}
	{
		raise Empty;
	} exception e {
	"*" =>
		sys->print("Empty as string: %s\n", e);
	}
	raise Parse(2, "uncaught");
}
