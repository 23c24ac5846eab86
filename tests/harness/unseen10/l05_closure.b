implement Closures;

include "sys.m";
	sys: Sys;
include "draw.m";

Closures: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a closure: code pointer plus captured environment
Clo: adt {
	code: ref fn(c: ref Clo, x: int): int;
	n: int;			# captured integer
	state: int;		# mutable captured state
	f, g: cyclic ref Clo;	# captured closures
	tag: string;
	apply: fn(c: self ref Clo, x: int): int;
};

Clo.apply(c: self ref Clo, x: int): int
{
	return c.code(c, x);
}

addcode(c: ref Clo, x: int): int { return x + c.n; }
mulcode(c: ref Clo, x: int): int { return x * c.n; }
compcode(c: ref Clo, x: int): int { return c.f.apply(c.g.apply(x)); }
countcode(c: ref Clo, x: int): int { c.state += x; return c.state; }
twicecode(c: ref Clo, x: int): int { return c.f.apply(c.f.apply(x)); }
itercode(c: ref Clo, x: int): int
{
	for(i := 0; i < c.n; i++)
		x = c.f.apply(x);
	return x;
}
constcode(c: ref Clo, nil: int): int { return c.n; }
memocode(c: ref Clo, x: int): int
{
	# one-entry cache held in the closure
	if(c.state == x && c.tag == "full"){
		sys->print("    (cache hit %d)\n", x);
		return c.n;
	}
	c.n = c.f.apply(x);
	c.state = x;
	c.tag = "full";
	return c.n;
}

adder(n: int): ref Clo { return ref Clo(addcode, n, 0, nil, nil, "add" + string n); }
multiplier(n: int): ref Clo { return ref Clo(mulcode, n, 0, nil, nil, "mul" + string n); }
compose(f, g: ref Clo): ref Clo { return ref Clo(compcode, 0, 0, f, g, f.tag + "." + g.tag); }
counter(start: int): ref Clo { return ref Clo(countcode, 0, start, nil, nil, "counter"); }
twice(f: ref Clo): ref Clo { return ref Clo(twicecode, 0, 0, f, nil, "twice(" + f.tag + ")"); }
iterate(f: ref Clo, n: int): ref Clo { return ref Clo(itercode, n, 0, f, nil, "iter" + string n + "(" + f.tag + ")"); }
konst(n: int): ref Clo { return ref Clo(constcode, n, 0, nil, nil, "const" + string n); }
memo(f: ref Clo): ref Clo { return ref Clo(memocode, 0, 0, f, nil, "empty"); }

mapc(c: ref Clo, l: list of int): list of int
{
	if(l == nil)
		return nil;
	h := c.apply(hd l);
	return h :: mapc(c, tl l);
}

showl(l: list of int): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + string hd l;
	return s;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nums := 1 :: 2 :: 3 :: 4 :: 5 :: nil;
	fs := array[] of {
		adder(10), multiplier(3), compose(adder(1), multiplier(2)),
		compose(multiplier(2), adder(1)), twice(multiplier(5)),
		iterate(adder(7), 4), iterate(compose(adder(1), multiplier(2)), 3),
		konst(42),
	};
	for(i := 0; i < len fs; i++)
		sys->print("%-24s:%s\n", fs[i].tag, showl(mapc(fs[i], nums)));

	c1 := counter(100);
	c2 := counter(0);
	sys->print("counters:");
	for(i = 1; i <= 4; i++)
		sys->print(" %d/%d", c1.apply(i), c2.apply(i * i));
	sys->print("\n");
	shared := counter(0);
	both := compose(shared, shared);
	sys->print("shared compose: %d %d\n", both.apply(1), both.apply(1));
	sys->print("shared state now %d\n", shared.state);

	m := memo(iterate(multiplier(2), 10));
	sys->print("memo: %d\n", m.apply(3));
	sys->print("memo: %d\n", m.apply(3));
	sys->print("memo: %d\n", m.apply(1));
	sys->print("memo: %d\n", m.apply(1));

	# build a pipeline of closures in a list and fold it into one
	pipeline := adder(3) :: multiplier(4) :: adder(-5) :: twice(adder(1)) :: nil;
	acc := adder(0);
	for(p := pipeline; p != nil; p = tl p)
		acc = compose(hd p, acc);
	sys->print("%s\n", acc.tag);
	sys->print("pipeline:%s\n", showl(mapc(acc, nums)));
}
