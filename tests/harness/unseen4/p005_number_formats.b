implement NumberFormats;

include "sys.m";
	sys: Sys;
include "draw.m";

NumberFormats: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ints := array[] of {0, 7, -42, 255, 65535, 16r7fffffff, -2147483647-1};
	for(i := 0; i < len ints; i++){
		v := ints[i];
		sys->print("|%d|%6d|%-6d|%06d|%x|%X|%o|\n", v, v, v, v, v, v, v);
	}
	bigs := array[] of {big 0, big 1 << 32, big -1, big 16r7fffffffffffffff, (big 1 << 63), big 1234567890123};
	for(i = 0; i < len bigs; i++){
		b := bigs[i];
		sys->print("big |%bd|%20bd|%-20bd|%bx|\n", b, b, b, b);
	}
	reals := array[] of {0.0, 1.0, -2.5, 3.14159265358979, 1e10, 1.5e-7, 123456.789, 2.0/3.0};
	for(i = 0; i < len reals; i++){
		r := reals[i];
		sys->print("%g|%f|%e|%.2f|%10.3f|%-10.1e|%.3g\n", r, r, r, r, r, r, r);
	}
	sys->print("chars: %c%c%c %c\n", 'L', 'i', 'm', 16r3bb);
	sys->print("strings: [%s] [%10s] [%-10s] [%.3s]\n", "dis", "dis", "dis", "limbo");
	sys->print("percent: 100%%\n");
	sys->fprint(sys->fildes(2), "mixed %d %bd %g %s\n", 1, big 2, 3.0, "four");
}
