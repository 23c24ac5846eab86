implement ArgOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

ArgOrder: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

t(name: string, v: int): int
{
	sys->print("[%s=%d]", name, v);
	return v;
}

ts(name: string, s: string): string
{
	sys->print("[%s]", name);
	return s;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

min(a, b: int): int
{
	if(a < b)
		return a;
	return b;
}

pick3(c, a, b: int): int
{
	if(c)
		return a;
	return b;
}

twice(x: int): int
{
	return x + x;
}

sub(a, b: int): int
{
	return a - b;
}

clamp(lo, x, hi: int): int
{
	return max(lo, min(x, hi));
}

counter := 0;

next(): int
{
	counter++;
	sys->print("<next %d>", counter);
	return counter;
}

three(a, b, c: int): string
{
	return string a + "," + string b + "," + string c;
}

Acc: adt {
	total: int;
	add: fn(a: self ref Acc, x: int): ref Acc;
};

Acc.add(a: self ref Acc, x: int): ref Acc
{
	sys->print("{add %d}", x);
	a.total += x;
	return a;
}

getacc(a: ref Acc, tag: string): ref Acc
{
	sys->print("{get %s}", tag);
	return a;
}

nl(label: string, v: int)
{
	sys->print(" => %s %d\n", label, v);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nl("max", max(t("a", 3), t("b", 5)));
	nl("min", min(t("a", 3), t("b", 5)));
	nl("max-nested", max(max(t("p", 1), t("q", 9)), max(t("r", 4), t("s", 2))));
	nl("pick3 true", pick3(t("c", 1), t("a", 10), t("b", 20)));
	nl("pick3 false", pick3(t("c", 0), t("a", 10), t("b", 20)));
	nl("twice", twice(t("x", 21)));
	nl("twice-twice", twice(twice(t("y", 3))));
	nl("sub", sub(t("first", 10), t("second", 3)));
	nl("clamp", clamp(t("lo", 0), t("x", 15), t("hi", 10)));
	nl("expr", t("l", 2) + t("m", 3) * t("r", 4));
	nl("sub-expr", t("l", 20) - t("r", 5) - t("z", 1));
	nl("cmp", t("l", 2) < t("r", 3));
	nl("andand", t("l", 0) && t("r", 1));
	nl("oror", t("l", 1) || t("r", 0));
	nl("andor", (t("a", 1) && t("b", 0)) || t("c", 7));

	counter = 0;
	sys->print("three(next, next, next) = %s\n", three(next(), next(), next()));
	counter = 0;
	nl("next-diff", sub(next(), next()));
	counter = 0;
	nl("next-expr", next() * 10 + next());

	sys->print("concat: %s\n", ts("A", "a") + ts("B", "b") + ts("C", "c"));

	arr := array[5] of {* => 0};
	arr[t("idx", 2)] = t("val", 7);
	sys->print("\narr[2]=%d\n", arr[2]);
	arr[t("i", 1)] += t("inc", 4);
	sys->print("\narr[1]=%d\n", arr[1]);

	(p, q) := (t("first", 1), t("second", 2));
	sys->print("\ntuple %d %d\n", p, q);

	acc := ref Acc(0);
	getacc(acc, "one").add(t("x", 1)).add(t("y", 2));
	sys->print("\ntotal %d\n", acc.total);
	nl("method-arg", getacc(acc, "two").add(max(t("m", 5), t("n", 6))).total);

	l := t("h1", 1) :: t("h2", 2) :: t("h3", 3) :: nil;
	sys->print("\nlist len %d hd %d\n", len l, hd l);
	nl("len-call", len ts("s", "hello") + t("k", 1));
	nl("print-args", 0);
	sys->print("%d %d %d\n", t("pa", 1), t("pb", 2), t("pc", 3));
}
