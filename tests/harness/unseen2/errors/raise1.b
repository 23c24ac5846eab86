# exercises raise/catch string exceptions with patterns, re-raise, propagation through calls
implement Raise1;
include "sys.m";
include "draw.m";
sys: Sys;
Raise1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
level3(n: int)
{
	case n {
	0 => raise "fail:zero";
	1 => raise "fail:one:extra";
	2 => raise "error: two";
	3 => raise "fail";
	4 => raise "failure";
	}
	sys->print("level3 ok %d\n", n);
}
level2(n: int)
{
	{
		level3(n);
	} exception e {
	"error:*" => sys->print("level2 caught %s\n", e); raise "fail:rethrown " + e;
	}
}
level1(n: int)
{
	{
		level2(n);
	} exception e {
	"fail:one*" => sys->print("level1 one: %s\n", e);
	"fail:*" => sys->print("level1 fail: %s\n", e);
	"fail" => sys->print("level1 exact: %s\n", e);
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 6; i++){
		{
			level1(i);
		} exception e {
		"*" => sys->print("init caught [%s]\n", e);
		}
	}
	{
		{
			raise "inner";
		} exception {
		"inner" => raise "outer";
		}
	} exception f {
	"outer" => sys->print("chain %s\n", f);
	}
}
