implement Reduce;

include "sys.m";
	sys: Sys;
include "draw.m";

Reduce: module
{
	reductions: int;
	init: fn(nil: ref Draw->Context, args: list of string);
};

Vec: adt {
	xs: list of int;
};

# polymorphic reduce without a seed: the first element is the seed
reduce1[T](f: ref fn(a, b: T): T, l: list of T): T
{
	acc := hd l;
	for(l = tl l; l != nil; l = tl l){
		acc = f(acc, hd l);
		reductions++;
	}
	return acc;
}

map[T, U](f: ref fn(x: T): U, l: list of T): list of U
{
	if(l == nil)
		return nil;
	return f(hd l) :: map(f, tl l);
}

zipwith(f: ref fn(a, b: int): int, a, b: list of int): list of int
{
	if(a == nil || b == nil)
		return nil;
	return f(hd a, hd b) :: zipwith(f, tl a, tl b);
}

add(a, b: int): int { return a + b; }
mul(a, b: int): int { return a * b; }

vadd(a, b: ref Vec): ref Vec { return ref Vec(zipwith(add, a.xs, b.xs)); }
dot(a, b: ref Vec): int
{
	s := 0;
	for(l := zipwith(mul, a.xs, b.xs); l != nil; l = tl l)
		s += hd l;
	return s;
}
longer(a, b: string): string { if(len b > len a) return b; return a; }
joinsp(a, b: string): string { return a + " " + b; }
vstr(v: ref Vec): string
{
	s := "<";
	for(l := v.xs; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += ",";
	}
	return s + ">";
}
norm1(v: ref Vec): string
{
	s := 0;
	for(l := v.xs; l != nil; l = tl l)
		if(hd l < 0)
			s -= hd l;
		else
			s += hd l;
	return string s;
}

# transpose a matrix given as a list of row vectors
transpose(rows: list of ref Vec): list of ref Vec
{
	if(rows == nil || (hd rows).xs == nil)
		return nil;
	col: list of int;
	rest: list of ref Vec;
	for(r := rows; r != nil; r = tl r){
		col = hd (hd r).xs :: col;
		rest = ref Vec(tl (hd r).xs) :: rest;
	}
	return ref Vec(revi(col)) :: transpose(revv(rest));
}

revi(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

revv(l: list of ref Vec): list of ref Vec
{
	r: list of ref Vec;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

matmul(a, b: list of ref Vec): list of ref Vec
{
	bt := transpose(b);
	out: list of ref Vec;
	for(r := a; r != nil; r = tl r){
		row: list of int;
		for(c := bt; c != nil; c = tl c)
			row = dot(hd r, hd c) :: row;
		out = ref Vec(revi(row)) :: out;
	}
	return revv(out);
}

showm(label: string, m: list of ref Vec)
{
	sys->print("%s:", label);
	for(; m != nil; m = tl m)
		sys->print(" %s", vstr(hd m));
	sys->print("\n");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	me := load Reduce "$self";
	a := ref Vec(1 :: 2 :: 3 :: nil) :: ref Vec(4 :: 5 :: 6 :: nil) :: nil;
	b := ref Vec(7 :: 8 :: nil) :: ref Vec(9 :: 10 :: nil) :: ref Vec(11 :: 12 :: nil) :: nil;
	showm("a", a);
	showm("b", b);
	showm("a^T", transpose(a));
	showm("a*b", matmul(a, b));
	showm("b*a", matmul(b, a));
	sys->print("sum of rows of b: %s\n", vstr(reduce1(vadd, b)));
	sys->print("norms of a: %s\n", reduce1(joinsp, map(norm1, a)));
	words := "reduce" :: "needs" :: "at" :: "least" :: "one" :: "element" :: nil;
	sys->print("longest word: %s\n", reduce1(longer, words));
	sys->print("sentence: %s\n", reduce1(joinsp, words));
	sys->print("single: %s\n", reduce1(joinsp, "alone" :: nil));
	sys->print("reductions so far: %d\n", me->reductions);
	me->reductions = 0;
	empty: list of string;
	sys->print("now reducing an empty list...\n");
	sys->print("result: %s\n", reduce1(longer, empty));
	sys->print("not reached\n");
}
