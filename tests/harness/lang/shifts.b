implement Shifts;

include "sys.m";
	sys: Sys;
include "draw.m";

Shifts: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	counts := array[] of {0, 1, 4, 31, 32, 33, 63, 64, 65, -1, -31, -32};
	x := 16r40000001;
	m := -16r10;
	b := big 16r4000000000000001;
	bm := big -16r10;
	y := byte 16r81;
	for(i := 0; i < len counts; i++){
		n := counts[i];
		sys->print("n=%d: %d %d | %d %d | %bd %bd | %bd %bd | %d %d\n", n,
			x << n, x >> n, m << n, m >> n,
			b << n, b >> n, bm << n, bm >> n,
			int (y << n), int (y >> n));
	}
	sys->print("const %d %d %d %d\n", 1 << 31, 1 << 32, 1 << 33, -1 >> 40);
	sys->print("const %bd %d\n", 16r80000000 >> 4, (1 << 31) >> 4);
	sys->print("const big %bd %bd %bd\n", big 1 << 63, big 1 << 64, big 1 << 65);
	sys->print("const neg %d %d\n", 8 >> 1, -8 >> 1);
	v := 1;
	v <<= 10;
	sys->print("<<= %d\n", v);
	v >>= 3;
	sys->print(">>= %d\n", v);
	bb := big 1;
	bb <<= 40;
	sys->print("big <<= %bd\n", bb);
	prec := 1 + 2 << 3;
	sys->print("prec %d %d %d\n", prec, 1 << 2 + 1, 16 >> 2 - 1);
	sys->print("prec2 %d %d\n", 1 << 4 & 16r30, 3 | 1 << 4);
	c := 3;
	sys->print("big by int %bd %bd\n", big 5 << c, big -5 >> c);
	sys->print("cmp %d %d\n", 1 << 2 == 4, 16r7fffffff >> 30 < 2);
}
