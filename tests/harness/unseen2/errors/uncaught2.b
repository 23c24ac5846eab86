# exercises uncaught user raise of a non-fail string
implement Uncaught2;
include "sys.m";
include "draw.m";
sys: Sys;
Uncaught2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
g(n: int)
{
	if(n > 2) raise sys->sprint("too deep %d", n);
	sys->print("g %d\n", n);
	g(n+1);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "caught one";
	} exception e {
	"caught*" => sys->print("%s\n", e);
	}
	g(0);
}
