implement ExcProp;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcProp: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

P: exception(int, string);
Q: exception;

thrower(n: int)
{
	if(n == 1)
		raise P(n, "p");
	if(n == 2)
		raise Q;
	raise "str";
}

nohandler(n: int)
{
	thrower(n);
}

otherhandler(n: int)
{
	{
		thrower(n);
	} exception {
	Q =>
		sys->print("  inner Q\n");
	}
}

strhandler(n: int)
{
	{
		thrower(n);
	} exception {
	"foo" =>
		sys->print("  inner foo\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 1; n <= 3; n++){
		for(k := 0; k < 3; k++){
			{
				case k {
				0 => nohandler(n);
				1 => otherhandler(n);
				2 => strhandler(n);
				}
				sys->print("n=%d k=%d no exception\n", n, k);
			} exception e {
			P =>
				(a, b) := e;
				sys->print("n=%d k=%d P %d %s\n", n, k, a, b);
			Q =>
				sys->print("n=%d k=%d Q\n", n, k);
			"*" =>
				sys->print("n=%d k=%d other %s\n", n, k, e);
			}
		}
	}
}
