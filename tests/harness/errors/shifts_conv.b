implement ShiftsConv;

include "sys.m";
	sys: Sys;
include "draw.m";

ShiftsConv: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	one := 1;
	m := -8;
	for(n := 30; n <= 34; n++)
		sys->print("1<<%d = %d, -8>>%d = %d, 16r80000000>>%d = %d\n", n, one << n, n, m >> n, n, int 16r80000000 >> n);
	for(n = 62; n <= 66; n++)
		sys->print("big 1<<%d = %bd, big -8>>%d = %bd\n", n, big one << n, n, big m >> n);
	neg := -1;
	sys->print("1<<-1 = %d, 8>>-1 = %d\n", one << neg, 8 >> neg);
	sys->print("big 1<<-1 = %bd\n", big one << neg);
	# byte arithmetic wraps
	b := byte 250;
	b += byte 10;
	sys->print("byte 250+10 = %d, byte 300 = %d, byte -1 = %d\n", int b, int byte 300, int byte neg);
	bs := byte 3;
	sys->print("byte 3 << 7 = %d, byte 3 - byte 5 = %d\n", int (bs << 7), int (bs - byte 5));
	# int of big truncates
	bg := big 16r123456789;
	sys->print("int big 16r123456789 = %d (%ux)\n", int bg, int bg);
	sys->print("int big -1 = %d, int (big 1<<31) = %d\n", int big neg, int (big 1 << 31));
	# overflow of int arithmetic wraps silently
	mx := 16r7fffffff;
	sys->print("max+1 = %d, max*2 = %d, -min = %d\n", mx + 1, mx * 2, -(mx + 1));
	bm := big 16r7fffffffffffffff;
	sys->print("bmax+1 = %bd, bmax*2 = %bd\n", bm + big 1, bm * big 2);
	# real to int rounding near the edges
	r := 2147483647.4;
	sys->print("int 2147483647.4 = %d\n", int r);
	r = -2147483648.4;
	sys->print("int -2147483648.4 = %d\n", int r);
	r = -0.5;
	sys->print("int -0.5 = %d, int 0.5 = %d, int 1.5 = %d\n", int r, int -r, int (r + 2.0));
	sys->print("done\n");
}
