implement T;
include "sys.m";
include "draw.m";
sys: Sys;
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(n: int): int raises ("neg")
{
	if(n < 0)
		raise "neg";
	return n*2;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", f(2));
	{ f(-1); } exception e { "neg" => sys->print("caught %s\n", e); }
}
