implement P05;

include "sys.m";
	sys: Sys;
include "draw.m";

P05: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("[%#x] [%#X] [%#o] [%#o]\n", 0, 0, 0, 8);
	sys->print("[%#08x] [%#8x] [%#-8x]\n", 255, 255, 255);
	sys->print("[%05c] [%05s] [%-05d]\n", '7', "42", 3);
	sys->print("[%.0g] [%.0g] [%.0g]\n", 123.456, 0.5, 1e10);
	sys->print("[%.1g] [%.2g] [%.3g] [%.0g]\n", 0.0001234, 99.9, 100.0, 12000.0);
	sys->print("[%8q] [%-6q]\n", "a b", "x");
	sys->print("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159);
	sys->print("[%*d]\n", -6, 42);
	sys->print("[%,d] [%,d] [%,bd] [%,x]\n", -1234567, 999, big 1234567890123, 16r12345678);
	sys->print("[%5.3d] [%05.3d] [%-+6d]\n", -5, 5, 9);
	sys->werrstr("custom error");
	sys->print("[%r] [%20r]\n");
	sys->print("[%%] [%5%]\n");
	sys->print("[%c%c%c]\n", 16r263A, 'é', 16r10000);
	sys->print("[%#.0e] [%.0e] [%#g]\n", 5.0, 5.0, 1.5);
	sys->print("[%.25f]\n", 0.1);
	sys->print("[%10.4s]\n", "héllo wörld");
	s := sys->sprint("%d-%s", 3, "x");
	sys->print("%s %d\n", s, len s);
	n := sys->print("abc\n");
	sys->print("%d\n", n);
	a := sys->aprint("%d", 12345);
	sys->print("%d %d\n", len a, int a[0]);
}
