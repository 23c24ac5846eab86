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
	sys->print("r=%r u=%ud c=%c %c e=%e q=%q %q %q\n", -1, 233, 0x263a, 1.5, "it's", "plain", "");
	sys->print("%x %ux %#x %#o %,d %+d %.3d|%5d|%-5d|%05d\n", -255, -1, 255, 8, 1234567, 5, 7, 42, 42, -42);
	sys->print("%g %g %g %g %g %g %g\n", 100000.0, 1000000.0, 0.00001, 0.0001, 0.5, 12000000.0, -0.0);
	sys->print("%f %e %5g|%.2g %E\n", 0.5, 12345.678, 0.5, 1234.0, 0.001);
	(c, n, ok) := sys->byte2char(array of byte "é", 0);
	sys->print("%d %d %d\n", c, n, ok);
	t := sys->millisec();
	sys->sleep(10);
	sys->print("%d\n", sys->millisec() - t >= 10);
	x := big 1 << 62;
	sys->print("%bd %bx\n", x, x);
	r := 1.0 / 3.0;
	sys->print("%g %.3f %s %s %s\n", r, r, string r, string 1e6, string (real 7));
	sys->print("%d %d %d %d %d\n", int " 12abc", int "-7", int "x", int 2.5, int -2.5);
	sys->print("%g %g %g\n", real "1.5e3x", real " .25", real "nope");
	sys->print("%s|%s\n", string array of byte "héllo", string array[] of {byte 'a', byte 16rff, byte 'b'});
}
