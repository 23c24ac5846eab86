implement BigCons;

include "sys.m";
	sys: Sys;
include "draw.m";

BigCons: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# constant expressions folded by the compiler
KB:	con 1024;
MB:	con KB * KB;
GB:	con big MB * big KB;
TB:	con GB * big KB;
MASK32:	con 16rFFFFFFFF;
MAXI:	con 16r7FFFFFFF;
MINI:	con -MAXI - 1;
MAXB:	con big 16r7FFFFFFFFFFFFFFF;
MINB:	con -MAXB - big 1;
BINARY:	con 2r10110110;
OCTAL:	con 8r777;
B36:	con 36rZZ;
PI:	con 3.14159265358979323846;
TAU:	con 2.0 * PI;
NAME:	con "big" + "cons";
SHIFTED:	con (1 << 20) | (1 << 3);
POW:	con 3 ** 4 * 2;

# iota enumerations with expressions
Red, Green, Blue, Ncolors: con iota;
Fa, Fb, Fc, Fd: con 1 << iota;
Z0, Z1, Z2: con iota * 10 + 5;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("KB=%d MB=%d GB=%bd TB=%bd\n", KB, MB, GB, TB);
	sys->print("MASK32=%bd (hex %bux) MAXI=%d MINI=%d\n", MASK32, MASK32, MAXI, MINI);
	sys->print("MAXB=%bd\nMINB=%bd\n", MAXB, MINB);
	sys->print("MAXB hex %bx, MINB hex %bux\n", MAXB, MINB);
	sys->print("BINARY=%d OCTAL=%d B36=%d\n", BINARY, OCTAL, B36);
	sys->print("PI=%.15f TAU=%.15f\n", PI, TAU);
	sys->print("NAME=%s len %d\n", NAME, len NAME);
	sys->print("SHIFTED=%d POW=%d\n", SHIFTED, POW);
	sys->print("colors %d %d %d n=%d\n", Red, Green, Blue, Ncolors);
	sys->print("flags %d %d %d %d\n", Fa, Fb, Fc, Fd);
	sys->print("z %d %d %d\n", Z0, Z1, Z2);

	# overflow at run time wraps
	i := MAXI;
	i++;
	sys->print("MAXI+1 = %d\n", i);
	j := MINI;
	j = -j;
	sys->print("-MINI = %d\n", j);
	b := MAXB;
	b += big 1;
	sys->print("MAXB+1 = %bd\n", b);
	sys->print("MINI / -1 as big = %bd\n", big MINI / big -1);

	# multiplication in int vs big
	m := 65536;
	sys->print("65536*65536 int=%d big=%bd\n", m * m, big m * big m);
	sys->print("100000*100000 int=%d\n", 100000 * m / 65536 * 100000);

	# hex digits of a big, computed by shifting
	v := big 16r0123456789ABCDEF;
	s := "";
	for(k := 0; k < 16; k++) {
		d := int ((v >> (60 - 4 * k)) & big 16rF);
		s[len s] = "0123456789abcdef"[d];
	}
	sys->print("nibbles %s\n", s);

	# factorials until big overflows sign
	f := big 1;
	n := 1;
	while(f > big 0) {
		n++;
		f *= big n;
	}
	sys->print("first n with n! overflowing big: %d (%bd)\n", n, f);

	# unsigned-style comparison tricks
	x := -1;
	sys->print("-1 as unsigned %ud, >>1 arith %d, big unsigned %bd\n",
		x, x >> 1, big x & big MASK32);
	sys->print("1<<31 = %d, 1<<30<<1 = %d, big 1<<63 = %bd\n", 1 << 31, 1 << 30 << 1, big 1 << 63);
	sys->print("con mixes: %d %bd %g\n", KB / 3 * 3, GB % big 1000, real MB / 3.0);
}
