implement Constants;

include "sys.m";
	sys: Sys;
include "draw.m";

Constants: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
	Mode: con 8r755;
};

# iota in various shapes
Sun, Mon, Tue, Wed, Thu, Fri, Sat: con iota;
KB, MB, GB: con big 1 << (10*(iota+1));
Odd1, Odd2, Odd3: con 2*iota + 1;
Fread, Fwrite, Fexec, Fappend: con 1 << iota;
Skip0, Skip1, _, Skip3: con iota + 100;

HEX: con 16r1F;
BIN: con 2r101101;
OCT: con 8r777;
B36: con 36rZZ;
BIGC: con 16r7FFFFFFFFFFFFFFF;
NEG: con -42;
HALF: con 0.5;
AVOGADRO: con 6.02214076e23;
GREETING: con "héllo, wörld";
CH: con 'λ';
EMPTY: con "";

daynames := array[] of {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
table: array of (string, int);
counter := 10;

bump(): int
{
	counter += 5;
	return counter;
}

perms(p: int): string
{
	s := "";
	if(p & Fread) s += "r"; else s += "-";
	if(p & Fwrite) s += "w"; else s += "-";
	if(p & Fexec) s += "x"; else s += "-";
	if(p & Fappend) s += "a";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("days: %d %d %d, %s is %d\n", Sun, Wed, Sat, daynames[Fri], Fri);
	sys->print("sizes: %bd %bd %bd\n", KB, MB, GB);
	sys->print("odds: %d %d %d\n", Odd1, Odd2, Odd3);
	sys->print("skip: %d %d %d\n", Skip0, Skip1, Skip3);
	sys->print("perms: %s %s %s %s\n", perms(Fread|Fwrite), perms(Fexec), perms(0), perms(Fread|Fwrite|Fexec|Fappend));
	sys->print("radix: %d %d %d %d %bd\n", HEX, BIN, OCT, B36, BIGC);
	sys->print("hex: %x %X %o %bx\n", HEX, 255, OCT, BIGC);
	sys->print("mode %o neg %d %ud\n", Mode, NEG, NEG);
	sys->print("reals: %g %g %e %f\n", HALF, AVOGADRO, AVOGADRO, HALF*3.0);
	sys->print("string: %s len=%d bytes=%d char=%c (%d)\n", GREETING, len GREETING, len array of byte GREETING, CH, CH);
	sys->print("empty: %d %d\n", len EMPTY, EMPTY == nil);
	table = array[3] of (string, int);
	for(i := 0; i < len table; i++){
		n := bump();
		table[i] = (daynames[i*2], n);
	}
	for(i = 0; i < len table; i++){
		(d, n) := table[i];
		sys->print("table[%d] = (%s, %d)\n", i, d, n);
	}
	sys->print("counter = %d\n", counter);
	x := GB / KB;
	sys->print("GB/KB = %bd, as int %d, as real %g\n", x, int x, real x);
	sys->print("const fold: %d %d\n", (1<<10)-1 & HEX, ~0 ^ BIN);
}
