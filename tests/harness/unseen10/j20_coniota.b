implement ConIota;

include "sys.m";
	sys: Sys;
include "draw.m";

ConIota: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
	Exported: con 12345;
	Red, Green, Blue: con iota;
};

Zero, One, Two, Three: con iota;
B0, B1, B2, B3, B4: con 1 << iota;
K10, K20, K30: con (iota + 1) * 10;
Odd1, Odd3, Odd5: con 2 * iota + 1;
Neg0, Neg1, Neg2: con -iota;

KB: con 1024;
MB: con KB * KB;
GB: con big MB * big KB;
Mask: con MB - 1;
Name: con "conformance";
Greeting: con "hello, " + Name;
Pi: con 3.14159;
TwoPi: con 2.0 * Pi;
Chr: con 'A' + 2;
Cmp: con KB > 1000;
Sh: con -16 >> 2;
Big: con 16r7fffffffffffffff;

Sizes: con len Name;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== iota sequences ==\n");
	sys->print("Zero..Three: %d %d %d %d\n", Zero, One, Two, Three);
	sys->print("1<<iota: %d %d %d %d %d\n", B0, B1, B2, B3, B4);
	sys->print("(iota+1)*10: %d %d %d\n", K10, K20, K30);
	sys->print("2*iota+1: %d %d %d\n", Odd1, Odd3, Odd5);
	sys->print("-iota: %d %d %d\n", Neg0, Neg1, Neg2);
	sys->print("module iota: Red=%d Green=%d Blue=%d\n", Red, Green, Blue);
	sys->print("module con via name: %d %d\n", Exported, ConIota->Exported);
	sys->print("== constant expressions ==\n");
	sys->print("KB=%d MB=%d GB=%bd Mask=%x\n", KB, MB, GB, Mask);
	sys->print("Name=%s Greeting=%s\n", Name, Greeting);
	sys->print("Pi=%g TwoPi=%g\n", Pi, TwoPi);
	sys->print("Chr=%c (%d)\n", Chr, Chr);
	sys->print("Cmp=%d Sh=%d\n", Cmp, Sh);
	sys->print("Big=%bd\n", Big);
	sys->print("len Name=%d\n", Sizes);
	sys->print("== constants used as sizes and in case ==\n");
	a := array[Three] of int;
	sys->print("array[Three] has len %d\n", len a);
	for(i := 0; i <= 4; i++){
		case i {
		Zero =>
			sys->print("%d is Zero\n", i);
		One or Two =>
			sys->print("%d is One or Two\n", i);
		Three =>
			sys->print("%d is Three\n", i);
		* =>
			sys->print("%d is other\n", i);
		}
	}
	sys->print("== local constants ==\n");
	Local: con 7 * 6;
	X, Y, Z: con iota + 100;
	sys->print("Local=%d X=%d Y=%d Z=%d\n", Local, X, Y, Z);
	flags := B1 | B3;
	sys->print("flags=%d has B3 %d has B2 %d\n", flags, (flags & B3) != 0, (flags & B2) != 0);
}
