# exercises exception variable use after handler, nested handlers with same name, exit inside a handler
implement Reraise;
include "sys.m";
include "draw.m";
sys: Sys;
Reraise: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(depth: int): string
{
	if(depth == 0) raise "fail:bottom";
	{
		return f(depth - 1);
	} exception e {
	"fail:*" =>
		if(depth == 2) return "recovered at 2: " + e;
		raise e + "/" + string depth;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f(3));
	sys->print("%s\n", f(1));
} 
