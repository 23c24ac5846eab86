implement Reraise;

include "sys.m";
	sys: Sys;
include "draw.m";

Reraise: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

depth := 0;

level(n: int, what: string)
{
	if(n == 0){
		case what {
		"str" => raise "deep";
		"bounds" => a := array[1] of int; a[n+1] = 0;
		"nil" => l: list of int; n = hd l;
		"fail" => raise "fail:deep";
		}
		return;
	}
	{
		level(n-1, what);
	} exception e {
	"*" =>
		depth++;
		sys->print("  level %d saw %s, re-raising\n", n, e);
		raise;
	}
}

wrap(what: string)
{
	depth = 0;
	{
		level(3, what);
		sys->print("%s: no exception\n", what);
	} exception e {
	"*" =>
		sys->print("%s: top got %s after %d re-raises\n", what, e, depth);
	}
}

# re-raise from an inner handler is caught by an outer handler in the same function
same()
{
	{
		{
			raise "one";
		} exception e {
		"one" =>
			sys->print("inner one\n");
			raise;
		}
	} exception f {
	"one" =>
		sys->print("outer one: %s\n", f);
	}
}

# raise a new exception from a handler
replace()
{
	{
		{
			raise "old";
		} exception e {
		"old" =>
			raise "new from " + e;
		}
	} exception f {
	"*" =>
		sys->print("replaced: %s\n", f);
	}
}

# a handler that does not match lets the exception pass; code after it does not run
pass(): string
{
	{
		{
			raise "pass";
		} exception {
		"other" =>
			return "wrong";
		}
		return "not reached";
	} exception e {
	"pass" =>
		return "passed " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	wrap("str");
	wrap("bounds");
	wrap("nil");
	wrap("fail");
	wrap("none");
	same();
	replace();
	sys->print("%s\n", pass());
	# re-raise of a runtime error in a loop
	for(i := 0; i < 3; i++){
		{
			{
				a := array[i] of int;
				a[1] = i;
				sys->print("i %d stored\n", i);
			} exception e {
			"array*" =>
				raise;
			}
		} exception e {
		"*" =>
			sys->print("i %d: %s\n", i, e);
		}
	}
	sys->print("done\n");
}
