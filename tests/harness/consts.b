implement T15;

include "sys.m";
	sys: Sys;
include "draw.m";

T15: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	Red, Green, Blue: con iota + 1;
};

X, Y, Z, W: con 1 << iota;
K0, K1, K2: con iota * 10 + 5;
Sq0, Sq1, Sq2, Sq3: con (iota + 1) * (iota + 1);
Neg0, Neg1: con -iota - 1;
Name: con "limbo";
Pi: con 3.14159;
Big1: con big 1 << 40;
Mask: con 16rFF00;
Oct: con 8r777;
Bin: con 2r1011;
Chr: con 'z' - 'a';

counter := 0;
history: list of int;
names := array[] of {"zero", "one", "two"};
total: big;

bump(n: int): int
{
	counter += n;
	history = counter :: history;
	total += big n * big 1000000000;
	return counter;
}

reset()
{
	counter = 0;
	history = nil;
}

colour(c: int): string
{
	case c {
	Red =>
		return "red";
	Green =>
		return "green";
	Blue =>
		return "blue";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d %d | %d %d %d %d | %d %d %d\n", Red, Green, Blue, X, Y, Z, W, K0, K1, K2);
	sys->print("%d %d %d %d | %d %d\n", Sq0, Sq1, Sq2, Sq3, Neg0, Neg1);
	sys->print("%s %d %g %bd %x %d %d %d\n", Name, len Name, Pi, Big1, Mask, Oct, Bin, Chr);
	sys->print("%s %s %s %s\n", colour(1), colour(T15->Green), colour(Blue), colour(0));
	for(i := 1; i <= 4; i++)
		bump(i * i);
	sys->print("counter %d history", counter);
	for(l := history; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print(" total %bd\n", total);
	reset();
	bump(7);
	sys->print("after reset %d %d %bd\n", counter, len history, total);
	names[1] = "uno";
	sys->print("%s %s %s\n", names[0], names[1], names[2]);
	flags := X | Z;
	if(flags & Z)
		sys->print("has Z ");
	if((flags & Y) == 0)
		sys->print("no Y ");
	flags &= ~X;
	sys->print("flags %d %x\n", flags, ~flags);
	b := big 1;
	for(i = 0; i < 70; i += 10){
		sys->print("%bd ", b << i);
	}
	sys->print("\n");
	v := big -1;
	sys->print("%bd %bx %bX %bo %bux\n", v, v, v >> 4, big 8r777 << 3, v);
	sys->print("%bd %bd %bd %bd\n", big 16r7fffffffffffffff + big 1, big -7 / big 2, big -7 % big 2, big 7 % big -2);
	m := big 16r123456789abcdef0;
	sys->print("%bx %bx %bx %d\n", m & big 16rffff, m >> 32, m ^ (m >> 4), int m);
	sys->print("%bd %bd %bd\n", big 3 ** 39, big 2 ** 63, big 10 ** 18);
	sys->print("%,bd %+bd %20bd|%-20bd|%020bd\n", big 1234567890123, big 42, big -5, big 5, big -42);
}
