implement P09;
include "sys.m";
	sys: Sys;
include "draw.m";
P09: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Red, Green, Blue: con iota;
A, B, C, D: con 1 << iota;
X, Y, Z: con iota * 10 + 5;
K: con 100;
NAME: con "limbo";
PI: con 3.14159;
BIG: con big 1 << 40;
MASK: con (1 << 12) - 1;
STR2: con NAME + "-" + "lang";
NEG: con -K * 2;
CH: con 'z';

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("rgb %d %d %d\n", Red, Green, Blue);
	sys->print("flags %d %d %d %d\n", A, B, C, D);
	sys->print("xyz %d %d %d\n", X, Y, Z);
	sys->print("k %d name %s pi %g big %bd mask %x\n", K, NAME, PI, BIG, MASK);
	sys->print("str2 %s len %d neg %d ch %c\n", STR2, len STR2, NEG, CH);
	sys->print("folded %d %d %d\n", K*K/3, (K+5)%7, K<<3>>1);
	sys->print("folded real %g %g\n", PI*2.0, 1.0/8.0);
	flags := A|C;
	if(flags & C)
		sys->print("has C\n");
	if((flags & B) == 0)
		sys->print("no B\n");
	sys->print("idx %c\n", NAME[2]);
	arr := array[K/10] of int;
	sys->print("arr len %d\n", len arr);
	sys->print("hex const %d %d\n", 16rFFFF, -16r10);
	sys->print("fold shift %d %bd\n", 1<<30<<1, big 1<<63>>63);
	sys->print("div fold %d %d\n", -7/2, -7%2);
}
