implement Inlineish, Helpers;

include "sys.m";
	sys: Sys;
include "draw.m";

Inlineish: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Helpers: module
{
	sq: fn(x: int): int;
	abs: fn(x: int): int;
	choose: fn(c, a, b: int): int;
	first: fn(a, b: int): int;
	second: fn(a, b: int): int;
	avg: fn(a, b: int): int;
	greet: fn(s: string): string;
};

sq(x: int): int
{
	return x * x;
}

abs(x: int): int
{
	if(x < 0)
		return -x;
	return x;
}

choose(c, a, b: int): int
{
	if(c != 0)
		return a;
	else
		return b;
}

first(a, nil: int): int
{
	return a;
}

second(nil, b: int): int
{
	return b;
}

avg(a, b: int): int
{
	return (a + b) / 2;
}

greet(s: string): string
{
	return "hello " + s;
}

v(tag: string, x: int): int
{
	sys->print("(%s)", tag);
	return x;
}

s(tag: string, x: string): string
{
	sys->print("(%s)", tag);
	return x;
}

show(label: string, x: int)
{
	sys->print(" %s=%d\n", label, x);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	h := load Helpers "$self";

	sys->print("-- direct calls\n");
	show("sq", sq(v("x", 7)));
	show("abs", abs(v("x", -4)));
	show("choose1", choose(v("c", 1), v("a", 10), v("b", 20)));
	show("choose0", choose(v("c", 0), v("a", 10), v("b", 20)));
	show("first", first(v("a", 1), v("b", 2)));
	show("second", second(v("a", 1), v("b", 2)));
	show("avg", avg(v("a", 4), v("b", 9)));
	sys->print("%s\n", greet(s("who", "world")));
	show("sq-of-abs", sq(abs(v("x", -3))));
	show("avg-of-sq", avg(sq(v("p", 2)), sq(v("q", 4))));

	sys->print("-- through the module value\n");
	show("sq", h->sq(v("x", 7)));
	show("choose1", h->choose(v("c", 1), v("a", 10), v("b", 20)));
	show("choose0", h->choose(v("c", 0), v("a", 10), v("b", 20)));
	show("first", h->first(v("a", 1), v("b", 2)));
	show("second", h->second(v("a", 1), v("b", 2)));
	show("avg", h->avg(v("a", 4), v("b", 9)));
	sys->print("%s\n", h->greet(s("who", "module")));

	sys->print("-- mixing\n");
	show("mix", choose(v("c", sq(v("x", 0))), h->sq(v("y", 3)), abs(v("z", -5))));
	show("mix2", h->avg(first(v("a", 8), v("b", 9)), second(v("c", 10), v("d", 12))));
	total := 0;
	for(i := -2; i <= 2; i++)
		total += choose(i, sq(v("i", i)), 1000);
	show("loop", total);
}
