implement ConstFold;

include "sys.m";
	sys: Sys;
include "draw.m";

ConstFold: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

B1: con 16r80000000 >> 4;
B2: con big 16r40000000 >> 4;
B3: con big 16r7fffffff >> 1;
B4: con 16r7fffffffffffffff >> 60;
B5: con -16r100000000 >> 8;
I1: con (16r7fffffff + 1) >> 4;
I2: con -1 >> 31;
I3: con 1 << 31 >> 31;
W1: con 16r7fffffff * 2;
W2: con 16r7fffffff + 16r7fffffff;
W3: con -(-16r7fffffff - 1);
W4: con (-16r7fffffff - 1) / -1;
W5: con big 16r7fffffffffffffff + big 1;
R1: con 1.0 / 3.0;
R2: con 1e308 * 10.0;
R3: con 0.1 + 0.2;
S1: con "a" + "b" + "c";
S2: con len ("x" + "yz");
X1: con 10 % -3;
X2: con -10 % 3;
X3: con 2 ** 31;
X4: con 2 ** -1;
X5: con 16rff & ~16r0f | 16r100 ^ 16r1;
X6: con 'a' + 1;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("B1 %bd %bx\n", B1, B1);
	sys->print("B2 %bd\n", B2);
	sys->print("B3 %bd\n", B3);
	sys->print("B4 %bd\n", B4);
	sys->print("B5 %bd\n", B5);
	sys->print("I %d %d %d\n", I1, I2, I3);
	sys->print("W %d %d %d %d %bd\n", W1, W2, W3, W4, W5);
	sys->print("R %g %g %g\n", R1, R2, R3);
	sys->print("S %s %d\n", S1, S2);
	sys->print("X %d %d %d %d %x %c\n", X1, X2, X3, X4, X5, X6);
	v := big 16r80000000;
	sys->print("run B1 %bd\n", v >> 4);
	v = 16r7fffffffffffffff;
	sys->print("run B4 %bd\n", v >> 60);
	sys->print("inline %bd %bd\n", big 16r123456789 >> 4, big 1 << 40 >> 20);
	sys->print("inline %bd\n", (big 1 << 62) >> 62);
	n := 4;
	sys->print("mixed %bd\n", 16r80000000 >> n);
	sys->print("shift32 %d %d %d\n", 1 << 32, 16r100 >> 32, 5 << -1);
	sys->print("shift64 %bd %bd\n", big 1 << 64, big 16r100 >> 64);
}
