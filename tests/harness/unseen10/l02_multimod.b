implement Main, Arith, Text, Pred;

include "sys.m";
	sys: Sys;
include "draw.m";

Main: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Arith: module
{
	SCALE: con 3;
	Pair: adt {
		a, b: int;
	};
	add: fn(p: Arith->Pair): int;
	scaled: fn(x: int): int;
	gcd: fn(a, b: int): int;
};

Text: module
{
	repeat: fn(s: string, n: int): string;
	upper: fn(s: string): string;
	join: fn(l: list of string, sep: string): string;
};

Pred: module
{
	even: fn(x: int): int;
	prime: fn(x: int): int;
};


add(p: Pair): int
{
	return p.a + p.b;
}

scaled(x: int): int
{
	return x * Arith->SCALE;
}

gcd(a, b: int): int
{
	while(b != 0)
		(a, b) = (b, a % b);
	return a;
}

repeat(s: string, n: int): string
{
	r := "";
	for(i := 0; i < n; i++)
		r += s;
	return r;
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] += 'A' - 'a';
	return s;
}

join(l: list of string, sep: string): string
{
	r := "";
	for(; l != nil; l = tl l){
		r += hd l;
		if(tl l != nil)
			r += sep;
	}
	return r;
}

even(x: int): int
{
	return x % 2 == 0;
}

prime(x: int): int
{
	if(x < 2)
		return 0;
	for(d := 2; d * d <= x; d++)
		if(x % d == 0)
			return 0;
	return 1;
}

classify(p: Pred, t: Text, x: int): string
{
	tags: list of string;
	if(p->prime(x))
		tags = "prime" :: tags;
	if(p->even(x))
		tags = "even" :: tags;
	if(tags == nil)
		tags = "plain" :: nil;
	return t->upper(t->join(tags, "+"));
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	ar := load Arith "$self";
	tx := load Text "$self";
	pr := load Pred "$self";
	if(ar == nil || tx == nil || pr == nil){
		sys->print("load failed: %r\n");
		return;
	}
	ps := array[] of {Pair(3, 4), Pair(12, 18), Pair(35, 14), Pair(7, 0)};
	for(i := 0; i < len ps; i++){
		p := ps[i];
		sys->print("pair(%d,%d) sum=%d scaled=%d gcd=%d\n",
			p.a, p.b, ar->add(p), ar->scaled(ar->add(p)), ar->gcd(p.a, p.b));
	}
	sys->print("scale const=%d\n", Arith->SCALE);
	for(x := 0; x <= 12; x++)
		sys->print("%2d %s\n", x, classify(pr, tx, x));
	sys->print("[%s]\n", tx->repeat("ab", 4));
	sys->print("[%s]\n", tx->join("x" :: "y" :: "z" :: nil, ", "));
	mods := array[2] of Text;
	mods[0] = tx;
	mods[1] = load Text "$self";
	for(i = 0; i < len mods; i++)
		sys->print("mod %d -> %s\n", i, mods[i]->upper("mixed Case " + string i));
}
