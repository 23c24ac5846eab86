implement P12;
include "sys.m";
	sys: Sys;
include "draw.m";
P12: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Bad: exception;
Err: exception(string, int);
Oops: exception(int);

depth(n: int): int
{
	if(n == 0)
		raise Err("bottom", 42);
	return depth(n - 1) + 1;
}

f(which: int): string
{
	case which {
	0 => raise Bad;
	1 => raise Err("custom", which);
	2 => raise Oops(-99);
	3 => raise "plain string";
	4 => raise "fail:quit";
	5 => a := array[2] of int; a[which] = 1;
	6 => l: list of int; return string hd l;
	}
	return "ok";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 8; i++){
		{
			r := f(i);
			sys->print("%d returned %s\n", i, r);
		} exception e {
		Bad =>
			sys->print("%d Bad\n", i);
		Err =>
			(s, n) := e;
			sys->print("%d Err(%s, %d)\n", i, s, n);
		Oops =>
			sys->print("%d Oops(%d)\n", i, e);
		"fail:*" =>
			sys->print("%d fail\n", i);
		"plain*" =>
			sys->print("%d plain\n", i);
		"*bounds*" =>
			sys->print("%d bounds\n", i);
		* =>
			sys->print("%d other\n", i);
		}
	}
	{
		sys->print("depth %d\n", depth(5));
	} exception e {
	Err =>
		(s, n) := e;
		sys->print("deep Err %s %d\n", s, n);
	}
	# nested handlers, re-raise
	{
		{
			raise "inner";
		} exception e {
		"inner" =>
			sys->print("caught inner, reraising\n");
			raise "outer:" + e;
		}
	} exception e2 {
	"outer:*" =>
		sys->print("caught %s\n", e2);
	}
	# handler without variable
	{
		raise "x";
	} exception {
	"x" => sys->print("no var\n");
	}
	# exception not matched propagates
	{
		{
			raise "zzz";
		} exception e {
		"aaa" => sys->print("wrong\n");
		}
	} exception e {
	"*" => sys->print("propagated %s\n", e);
	}
	sys->print("done\n");
}
