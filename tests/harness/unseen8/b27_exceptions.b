implement Exceptions;

include "sys.m";
	sys: Sys;
include "draw.m";

Exceptions: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

depth := 0;

Pt: adt {
	x, y: int;
};

check(n: int): int
{
	depth++;
	if(n < 0)
		raise "fail:negative";
	if(n > 100)
		raise "toobig:" + string n;
	if(n == 13)
		raise "unlucky";
	return n * 2;
}

safe(n: int): string
{
	{
		return "ok " + string check(n);
	} exception e {
	"fail:*" =>
		return "failed(" + e + ")";
	"toobig:*" =>
		return "big(" + e[7:] + ")";
	}
}

outer(n: int): string
{
	{
		return safe(n);
	} exception e {
	"unlucky" =>
		return "outer caught " + e;
	}
}

runtime(i: int): string
{
	a := array[3] of {* => 7};
	l: list of int;
	r: ref Pt;
	{
		case i {
		0 => return string a[i + 5];
		1 => return string hd l;
		2 => return string r.x;
		}
		return "no error " + string a[i - 3];
	} exception e {
	"array bounds error" =>
		return "bounds";
	"dereference of nil" =>
		return "nil";
	* =>
		return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	tests := array[] of {5, -1, 200, 13, 0};
	for(i := 0; i < len tests; i++)
		sys->print("%d: %s\n", tests[i], outer(tests[i]));
	sys->print("depth=%d\n", depth);

	for(i = 0; i < 4; i++)
		sys->print("runtime %d: %s\n", i, runtime(i));

	# nested handlers, rethrow
	{
		{
			raise "inner:thing";
		} exception x {
		"inner:*" =>
			sys->print("inner handler got %s, re-raising\n", x);
			raise "outer:" + x;
		}
	} exception y {
	"outer:*" =>
		sys->print("outer handler got %s\n", y);
	}

	count := 0;
	for(i = 0; i < 5; i++) {
		{
			if(i % 2)
				raise "odd";
			count += 10;
		} exception {
		"odd" =>
			count++;
		}
	}
	sys->print("count=%d\n", count);
}
