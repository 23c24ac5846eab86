implement P04;

include "sys.m";
	sys: Sys;
include "draw.m";

P04: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("[%08.2f]\n", -3.14159);
	sys->print("[%010.3e]\n", 1234.5);
	sys->print("[%08g]\n", 2.5);
	sys->print("[%06s]\n", "ab");
	sys->print("[%05c]\n", 'x');
	sys->print("[%-08.2f]\n", 1.5);
	sys->print("[%08d] [%-08d] [%08x] [%#08x]\n", -42, 42, 255, 255);
	sys->print("[%.5d] [%8.5d] [%+.3d]\n", 42, -42, 7);
	sys->print("[%+g]\n", 1.5);
	sys->print("[%+8g] [%+.2f] [%+e]\n", 1.5, 2.0, 100.0);
}
