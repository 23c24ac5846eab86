implement SysFmt;
include "sys.m";
	sys: Sys;
include "draw.m";
SysFmt: module { init: fn(ctxt: ref Draw->Context, args: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->fprint(sys->fildes(2), "to stderr %d\n", 5);
	sys->werrstr("custom error");
	sys->print("r=%r u=%ud c=%c C=%C e=%e q=%q\n", -1, 233, 0x263a, 1.5, "it's");
	(c, n, ok) := sys->byte2char(array of byte "é", 0);
	sys->print("%d %d %d\n", c, n, ok);
	t := sys->millisec();
	sys->sleep(10);
	sys->print("%d\n", sys->millisec() - t >= 10);
	x := big 1 << 62;
	sys->print("%bd %bx\n", x, x);
	r := 1.0 / 3.0;
	sys->print("%g %.3f %s\n", r, r, string r);
}
