implement RealIntConv;
include "sys.m";
	sys: Sys;
include "draw.m";
RealIntConv: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# run-time conversions of reals to int, big and byte (the values come from an array, not constants)
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	xs := array[] of {0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999999, 1e9, 2147483647.0, 2147483647.4,
		2147483647.5, -2147483648.0, -2147483648.5, 2147483648.0, -2147483649.0, 4294967296.0, 1e10, 1e19, 1e300};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		sys->print("%s:", string x);
		{ sys->print(" int %d", int x); } exception e { "*" => sys->print(" int TRAP"); }
		{ sys->print(" big %bd", big x); } exception e { "*" => sys->print(" big TRAP"); }
		{ sys->print(" byte %d", int byte x); } exception e { "*" => sys->print(" byte TRAP"); }
		sys->print("\n");
	}
	bs := array[] of {big 0, big 1 << 53, (big 1 << 53) + big 1, big 16r7fffffffffffffff, big -1 << 63, big 123456789012345678};
	for(i = 0; i < len bs; i++)
		sys->print("real %bd = %g %s\n", bs[i], real bs[i], string real bs[i]);
	is := array[] of {0, -1, 16r7fffffff, int 16r80000000};
	for(i = 0; i < len is; i++)
		sys->print("real %d = %g\n", is[i], real is[i]);
	ss := array[] of {"2.5", "3.5", "-2.5", "2147483648", "1e10", "-0.5", "0x10", "12abc"};
	for(i = 0; i < len ss; i++){
		{ sys->print("int %q = %d\n", ss[i], int ss[i]); } exception e { "*" => sys->print("int %q TRAP\n", ss[i]); }
		{ sys->print("big %q = %bd\n", ss[i], big ss[i]); } exception e { "*" => sys->print("big %q TRAP\n", ss[i]); }
	}
}
