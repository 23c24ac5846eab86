implement ConstsIota;

include "sys.m";
	sys: Sys;
include "draw.m";

ConstsIota: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
	Red, Green, Blue: con iota;
};

A, B, C, D: con iota;
P, Q, R: con 1 << iota;
S, T, U: con iota * 10 + 5;
V, W, X: con 100 - iota;
Y, Z: con (iota + 1) * (iota + 2);
M0, M1, M2, M3: con 16r10 >> iota;
E0, E1: con big iota;
F0, F1: con real iota / 2.0;
G0, G1: con -iota;
Kb: con 1024;
Mb: con Kb * Kb;
Gb: con big Mb * big Kb;
Name: con "disbridge";
Greet: con "hello, " + Name;
Pi: con 3.14159;
TwoPi: con 2.0 * Pi;
Neg: con -Kb;
Mask: con ~16rff;
Ch: con 'x';
Nl: con '\n';
Uc: con '\u4e16';
Len: con len "abcdef";
Big: con 16r7fffffff + 1;
Mod: con -7 % 3;
Div: con -7 / 2;
Pow: con 3 ** 4;
Cmp: con 3 < 4;
Bool: con Cmp && !(1 > 2);
Sel: con Kb | Mb;
Ri: con int 2.5;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("rgb %d %d %d\n", Red, Green, Blue);
	sys->print("abcd %d %d %d %d\n", A, B, C, D);
	sys->print("pqr %d %d %d\n", P, Q, R);
	sys->print("stu %d %d %d\n", S, T, U);
	sys->print("vwx %d %d %d\n", V, W, X);
	sys->print("yz %d %d\n", Y, Z);
	sys->print("m %d %d %d %d\n", M0, M1, M2, M3);
	sys->print("e %bd %bd f %g %g g %d %d\n", E0, E1, F0, F1, G0, G1);
	sys->print("sizes %d %d %bd\n", Kb, Mb, Gb);
	sys->print("str %s / %s / len %d\n", Name, Greet, len Greet);
	sys->print("pi %g %g\n", Pi, TwoPi);
	sys->print("neg %d mask %x\n", Neg, Mask);
	sys->print("chars %d %c %d %d\n", Ch, Ch, Nl, Uc);
	sys->print("len %d big %d mod %d div %d pow %d\n", Len, Big, Mod, Div, Pow);
	sys->print("cmp %d bool %d sel %d ri %d\n", Cmp, Bool, Sel, Ri);
	Local: con Kb + 1;
	L2, L3: con iota + Local;
	sys->print("local %d %d %d\n", Local, L2, L3);
	arr := array[Len] of int;
	sys->print("arr %d\n", len arr);
	sys->print("Name[0] %c Greet[7:] %s\n", Name[0], Greet[7:]);
	sys->print("ConstsIota->Blue %d\n", ConstsIota->Blue);
}
