implement ExcFlow;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcFlow: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

thrower(n: int): int
{
	case n {
	0 => raise "zero";
	1 => raise "fail:one";
	2 => a: array of int; return a[3];
	3 => l: list of int; return hd l;
	4 => return 7;
	5 => raise "prefix:five";
	}
	return -1;
}

classify(n: int): string
{
	{
		return "value " + string thrower(n);
	} exception e {
	"zero" =>
		return "exact zero";
	"fail:*" =>
		return "fail pattern (" + e + ")";
	"prefix:*" =>
		return "prefix pattern (" + e + ")";
	"array bounds error" =>
		return "bounds";
	"*" =>
		return "other: " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 6; i++)
		sys->print("%d: %s\n", i, classify(i));
	# break in a handler arm leaves the handler, not the loop
	for(i = 0; i < 3; i++){
		{
			raise "x" + string i;
		} exception e {
		"x1" =>
			sys->print("handler break at %s\n", e);
			break;
		"*" =>
			sys->print("handled %s\n", e);
		}
		sys->print("after handler %d\n", i);
	}
	# rethrow from a handler to an outer one
	{
		{
			raise "inner";
		} exception e {
		"*" =>
			sys->print("inner caught %s, reraising\n", e);
			raise "outer:" + e;
		}
	} exception e2 {
	"*" =>
		sys->print("outer caught %s\n", e2);
	}
	# raise with no value in a handler re-raises the same exception
	{
		{
			raise "again";
		} exception {
		* =>
			raise;
		}
	} exception e3 {
	"*" =>
		sys->print("re-raised %s\n", e3);
	}
	# state changed before the exception stays changed
	n := 0;
	{
		n = 5;
		raise "stop";
	} exception {
	* =>
		n++;
	}
	sys->print("n=%d\n", n);
	# continue from a handler
	cnt := 0;
	for(i = 0; i < 4; i++){
		{
			if(i % 2)
				raise "odd";
		} exception {
		"odd" =>
			continue;
		}
		cnt++;
	}
	sys->print("cnt=%d\n", cnt);
	sys->print("last: uncaught\n");
	thrower(5);
}
