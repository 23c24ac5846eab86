implement Shifts;

include "sys.m";
	sys: Sys;
include "draw.m";

Shifts: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

pack(r, g, b: int): int
{
	return (r & 16rFF) << 16 | (g & 16rFF) << 8 | (b & 16rFF);
}

counts := array[] of {0, 1, 4, 16, 30, 31};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := pack(255, 128, 300);
	sys->print("pack = 16r%.6x\n", p);
	sys->print("r=%d g=%d b=%d\n", (p>>16)&16rFF, (p>>8)&16rFF, p&16rFF);
	neg := -100;
	for(i := 0; i < len counts; i++){
		n := counts[i];
		sys->print("n=%2d  -100>>n=%d  -100<<n=%d  1<<n=%d\n", n, neg>>n, neg<<n, 1<<n);
	}
	m := -1;
	sys->print("-1>>31 = %d\n", m>>31);
	sys->print("-7>>1 = %d  -7/2 = %d\n", -7>>1, -7/2);
	top := 1<<31;
	sys->print("1<<31 = %d  (1<<31)>>31 = %d\n", top, top>>31);
	bg := big -100;
	for(k := 0; k < 64; k += 21)
		sys->print("big -100 >> %d = %bd   big 1 << %d = %bd\n", k, bg>>k, k, big 1<<k);
	sys->print("big 1<<63 = %bd\n", big 1<<63);
	sys->print("(big 1<<63)>>62 = %bd\n", (big 1<<63)>>62);
	bt := byte 16r81;
	sys->print("byte 16r81 << 1 = %d\n", int (bt<<1));
	sys->print("byte 16r81 >> 1 = %d\n", int (bt>>1));
	mask := 0;
	for(j := 0; j < 32; j += 3)
		mask |= 1<<j;
	sys->print("mask = 16r%ux\n", mask);
	sys->print("mask as int = %d\n", mask);
	cnt := 0;
	for(v := mask; v != 0; v &= v-1)
		cnt++;
	sys->print("popcount = %d\n", cnt);
}
