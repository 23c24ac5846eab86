# exercises conversions between int big real byte string
implement Conv;
include "sys.m";
include "draw.m";
sys: Sys;
Conv: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := 3.7; n := -3.7; h := 2.5; h2 := 3.5; h3 := -2.5;
	sys->print("%d %d %d %d %d\n", int r, int n, int h, int h2, int h3);
	sys->print("%bd %bd\n", big r, big -1e12);
	b := byte 300; sys->print("%d\n", int b);
	b2 := byte -1; sys->print("%d\n", int b2);
	ss := array[] of {"  42xyz", "-17", "0x1f", "abc", "", "123456789012345", "-9", "1.5e3", "  -0.25", "x", "2.999", "99999999999999999999", "2147483648", " +12", "16rff", "1e400"};
	for(i := 0; i < len ss; i++)
		sys->print("[%s] %d %bd %g\n", ss[i], int ss[i], big ss[i], real ss[i]);
	sys->print("%s|%s|%s\n", string 42, string big -7, string 1.25);
	sys->print("%s|%s\n", string 1e20, string 0.1);
	s := "héllo"; sys->print("%d %d\n", len s, len array of byte s);
	a := array of byte "abc"; sys->print("%s %d\n", string a, int a[1]);
	sys->print("%d\n", int big 16r7fffffffff);
	sys->print("%g\n", real (big 1 << 53));
	sys->print("%d %d\n", 'a', int 'é');
	sys->print("%s\n", string (big 1 << 62));
	x := 16rff; y := 8r17; z := 2r1011; sys->print("%d %d %d\n", x, y, z);
	sys->print("%g %g\n", 1.0/3.0, real 7 / real 2);
}
