implement Constants;

include "sys.m";
	sys: Sys;
include "draw.m";

Constants: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
	Exported: con 7 * 6;
};

Kilo: con 1024;
Mega: con Kilo * Kilo;
Huge: con big Mega * big Mega * big 1024;
Neg: con -Kilo / 3;
Shift: con 1 << 20 | 16rF;
Pi: con 3.14159265358979;
Tau: con 2.0 * Pi;
Third: con 1.0 / 3.0;
Greeting: con "hello";
Suffix: con ", world";
Both: con Greeting + Suffix;
Byte: con byte 300;
BigMask: con (big 1 << 62) - big 1;
Ch: con 'λ';
Bool: con Kilo > 1000 && Mega != 0;
Mixed: con int (Tau * 100.0);
Bits: con ~0 ^ 16rFF;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("Exported=%d Kilo=%d Mega=%d\n", Exported, Kilo, Mega);
	sys->print("Huge=%bd\n", Huge);
	sys->print("Neg=%d Shift=%d (%x)\n", Neg, Shift, Shift);
	sys->print("Pi=%g Tau=%.6f Third=%.10f\n", Pi, Tau, Third);
	sys->print("Both=%s len=%d\n", Both, len Both);
	sys->print("Byte=%d\n", int Byte);
	sys->print("BigMask=%bd hex=%bx\n", BigMask, BigMask);
	sys->print("Ch=%d %c\n", Ch, Ch);
	sys->print("Bool=%d Mixed=%d Bits=%d\n", Bool, Mixed, Bits);
	sys->print("con ops: %d %d %d\n", Kilo % 1000, -Kilo >> 2, Kilo ** 2);
	sys->print("string con index: %c\n", Greeting[1]);
	r := Pi;
	r *= 2.0;
	sys->print("r==Tau %d\n", r == Tau);
	b := Huge / big Mega;
	sys->print("b=%bd\n", b);
	sys->print("Greeting slice: %s\n", Both[7:]);
}
