implement ConIota;

include "sys.m";
	sys: Sys;
include "draw.m";

ConIota: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# levels of a logger, built with iota
Debug, Info, Warn, Error, Fatal: con iota;
# bit flags with iota shifts
Fread, Fwrite, Fexec, Fsticky: con 1 << iota;
# iota with an expression
K0, K1, K2, K3: con iota * 10 + 3;
Kib: con 1024;
Mib: con Kib * Kib;
Greeting: con "hello" + ", " + "world";
Pi2: con 3.25 * 2.0;
Big1: con big 1 << 40;

names := array[] of {"debug", "info", "warn", "error", "fatal"};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(l := Debug; l <= Fatal; l++)
		sys->print("level %d = %s\n", l, names[l]);
	sys->print("flags %d %d %d %d\n", Fread, Fwrite, Fexec, Fsticky);
	perm := Fread | Fexec;
	sys->print("perm=%d has write=%d has exec=%d\n", perm, (perm & Fwrite) != 0, (perm & Fexec) != 0);
	sys->print("K: %d %d %d %d\n", K0, K1, K2, K3);
	sys->print("Mib=%d Greeting=%s len=%d\n", Mib, Greeting, len Greeting);
	sys->print("Pi2=%g Big1=%bd\n", Pi2, Big1);
	sys->print("mask=%x\n", (Fread|Fwrite|Fexec|Fsticky) & ~Fwrite);
}
