# exercises type aliases, module-level constants with iota, constant expressions
implement Alias;
include "sys.m";
include "draw.m";
sys: Sys;
Alias: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Name: type string;
Vec: type array of real;
Pair: type (int, Name);
IntList: type list of int;
A, B, C, D: con iota;
E, F, G: con 1 << iota;
H, I, J: con iota * 10 + 3;
K: con "konst";
L: con 2.5;
M: con big 1 << 40;
N: con len K;
P: con A + B * G - J;
Q: con 'x';
sum(v: Vec): real { t := 0.0; for(i := 0; i < len v; i++) t += v[i]; return t; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n: Name = "alias";
	v: Vec = array[] of {1.5, 2.5, L};
	p: Pair = (3, n);
	il: IntList = 1 :: 2 :: nil;
	sys->print("%s %g %d %s %d\n", n, sum(v), p.t0, p.t1, len il);
	sys->print("%d %d %d %d\n", A, B, C, D);
	sys->print("%d %d %d\n", E, F, G);
	sys->print("%d %d %d\n", H, I, J);
	sys->print("%s %g %bd %d %d %c\n", K, L, M, N, P, Q);
	arr := array[G] of int;
	sys->print("%d\n", len arr);
	sys->print("%s\n", K[1:3]);
	case 20 { H => sys->print("H\n"); I => sys->print("I\n"); * => sys->print("other\n"); }
	case 13 { H => sys->print("H\n"); I => sys->print("I\n"); * => sys->print("other\n"); }
}
