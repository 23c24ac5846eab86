implement ModConsts;

include "sys.m";
	sys: Sys;
include "draw.m";

ModConsts: module {
	init: fn(nil: ref Draw->Context, args: list of string);
	Version: con "1.4";
	Limit: con 3 * 7;
};

Red, Green, Blue, Alpha: con iota;
K1, K2, K4, K8: con 1 << iota;
B0, B1, B2: con iota * 10 + 5;
Pi: con 3.25;
Greeting: con "hi " + "there";
Mask: con 16rFF;
Big: con big 1 << 40;
Neg: con -17;

counter := 0;
history: list of string;
scale := 2;
names := array[] of {"red", "green", "blue", "alpha"};

tick(what: string): int
{
	counter += scale;
	history = what :: history;
	return counter;
}

colour(c: int): string
{
	if(c < 0 || c >= len names)
		return "?";
	return names[c];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("version %s limit %d\n", Version, Limit);
	sys->print("colours %d %d %d %d\n", Red, Green, Blue, Alpha);
	sys->print("flags %d %d %d %d\n", K1, K2, K4, K8);
	sys->print("b %d %d %d\n", B0, B1, B2);
	sys->print("pi %g greeting '%s' mask %d big %bd neg %d\n", Pi, Greeting, Mask, Big, Neg);
	sys->print("neg/4=%d neg%%4=%d neg>>2=%d\n", Neg / 4, Neg % 4, Neg >> 2);

	for(c := Red; c <= Alpha + 1; c++)
		sys->print("%d=%s ", c, colour(c));
	sys->print("\n");

	x := tick("a") + tick("b") * tick("c");
	sys->print("x=%d counter=%d\n", x, counter);
	scale = -1;
	tick("d");
	tick("e");
	sys->print("counter=%d\n", counter);
	s := "";
	for(h := history; h != nil; h = tl h)
		s = hd h + s;
	sys->print("history=%s\n", s);

	names[Green] = "verde";
	sys->print("green is now %s\n", colour(Green));
	n := len Greeting;
	sys->print("len greeting %d, char 3 '%c'\n", n, Greeting[3]);

	flags := K1 | K4;
	if(flags & K4)
		sys->print("K4 set\n");
	if((flags & K2) == 0)
		sys->print("K2 clear\n");
	flags ^= K1 | K2;
	sys->print("flags=%d\n", flags);
}
