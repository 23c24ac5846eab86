implement MapFilter;

include "sys.m";
	sys: Sys;
include "draw.m";

MapFilter: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Person: adt {
	name: string;
	age: int;
};

Num: adt {
	v: int;
};

map[T, U](f: ref fn(x: T): U, l: list of T): list of U
{
	if(l == nil)
		return nil;
	return f(hd l) :: map(f, tl l);
}

filter[T](p: ref fn(x: T): int, l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		if(p(hd l))
			r = hd l :: r;
	return reverse(r);
}

foldl[T, A](f: ref fn(acc: A, x: T): A, acc: A, l: list of T): A
{
	for(; l != nil; l = tl l)
		acc = f(acc, hd l);
	return acc;
}

foldr[T, A](f: ref fn(x: T, acc: A): A, acc: A, l: list of T): A
{
	if(l == nil)
		return acc;
	return f(hd l, foldr(f, acc, tl l));
}

reverse[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

zip[A, B](a: list of A, b: list of B): list of (A, B)
{
	if(a == nil || b == nil)
		return nil;
	return (hd a, hd b) :: zip(tl a, tl b);
}

count[T](p: ref fn(x: T): int, l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		if(p(hd l))
			n++;
	return n;
}

# concrete helpers
adult(p: ref Person): int { return p.age >= 18; }
pname(p: ref Person): string { return p.name; }
older(p: ref Person): ref Person { return ref Person(p.name, p.age + 10); }
shout(s: string): string { return s + "!"; }
longname(s: string): int { return len s > 3; }
catl(acc: string, s: string): string { if(acc == "") return s; return acc + "," + s; }
catr(s: string, acc: string): string { return "(" + s + " " + acc + ")"; }
sumage(acc: ref Num, p: ref Person): ref Num { return ref Num(acc.v + p.age); }
tonum(s: string): ref Num { return ref Num(len s); }
addnum(acc: ref Num, n: ref Num): ref Num { return ref Num(acc.v * 10 + n.v); }

showp(l: list of ref Person)
{
	for(; l != nil; l = tl l)
		sys->print(" %s/%d", (hd l).name, (hd l).age);
	sys->print("\n");
}

shows(l: list of string)
{
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	people := ref Person("ann", 31) :: ref Person("bob", 12) :: ref Person("cyril", 17)
		:: ref Person("dora", 45) :: ref Person("ed", 8) :: nil;
	sys->print("all:");
	showp(people);
	sys->print("adults:");
	showp(filter(adult, people));
	sys->print("names:");
	shows(map(pname, people));
	sys->print("aged:");
	showp(map(older, people));
	sys->print("adults after aging: %d\n", count(adult, map(older, people)));
	names := map(pname, people);
	sys->print("shout long:");
	shows(map(shout, filter(longname, names)));
	sys->print("foldl: %s\n", foldl(catl, "", names));
	sys->print("foldr: %s\n", foldr(catr, "nil", names));
	sys->print("sum ages: %d\n", foldl(sumage, ref Num(0), people).v);
	sys->print("digits: %d\n", foldl(addnum, ref Num(0), map(tonum, names)).v);
	pairs := zip(names, map(older, people));
	for(; pairs != nil; pairs = tl pairs){
		(n, p) := hd pairs;
		sys->print("zip %s -> %d\n", n, p.age);
	}
	empty: list of string;
	sys->print("empty fold: [%s] count=%d\n", foldl(catl, "", empty), count(longname, empty));
}
