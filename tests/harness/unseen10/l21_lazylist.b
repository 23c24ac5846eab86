implement LazyList;

include "sys.m";
	sys: Sys;
include "draw.m";

LazyList: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Cell: adt {
	head: int;
	tail: cyclic ref Thunk;
};

# a suspended computation producing a cell (nil = end of list)
Thunk: adt {
	forced: int;
	val: ref Cell;
	gen: ref fn(t: ref Thunk): ref Cell;
	a, b: int;				# generator state
	src, src2: cyclic ref Thunk;		# upstream lists
	f: ref fn(x: int): int;
	f2: ref fn(x, y: int): int;
	force: fn(t: self ref Thunk): ref Cell;
};

evaluations := 0;

Thunk.force(t: self ref Thunk): ref Cell
{
	if(!t.forced){
		evaluations++;
		t.val = t.gen(t);
		t.forced = 1;
		t.gen = nil;	# let the generator state go
	}
	return t.val;
}

mk(gen: ref fn(t: ref Thunk): ref Cell): ref Thunk
{
	return ref Thunk(0, nil, gen, 0, 0, nil, nil, nil, nil);
}

# integers a, a+b, a+2b, ...
fromgen(t: ref Thunk): ref Cell
{
	n := mk(fromgen);
	n.a = t.a + t.b;
	n.b = t.b;
	return ref Cell(t.a, n);
}
from(a, step: int): ref Thunk
{
	t := mk(fromgen);
	t.a = a;
	t.b = step;
	return t;
}

mapgen(t: ref Thunk): ref Cell
{
	c := t.src.force();
	if(c == nil)
		return nil;
	return ref Cell(t.f(c.head), lmap(t.f, c.tail));
}
lmap(f: ref fn(x: int): int, src: ref Thunk): ref Thunk
{
	t := mk(mapgen);
	t.f = f;
	t.src = src;
	return t;
}

filtgen(t: ref Thunk): ref Cell
{
	for(c := t.src.force(); c != nil; c = c.tail.force())
		if(t.f(c.head))
			return ref Cell(c.head, lfilter(t.f, c.tail));
	return nil;
}
lfilter(p: ref fn(x: int): int, src: ref Thunk): ref Thunk
{
	t := mk(filtgen);
	t.f = p;
	t.src = src;
	return t;
}

zipgen(t: ref Thunk): ref Cell
{
	c1 := t.src.force();
	c2 := t.src2.force();
	if(c1 == nil || c2 == nil)
		return nil;
	return ref Cell(t.f2(c1.head, c2.head), zipwith(t.f2, c1.tail, c2.tail));
}
zipwith(f: ref fn(x, y: int): int, a, b: ref Thunk): ref Thunk
{
	t := mk(zipgen);
	t.f2 = f;
	t.src = a;
	t.src2 = b;
	return t;
}

takegen(t: ref Thunk): ref Cell
{
	if(t.a <= 0)
		return nil;
	c := t.src.force();
	if(c == nil)
		return nil;
	return ref Cell(c.head, ltake(t.a - 1, c.tail));
}
ltake(n: int, src: ref Thunk): ref Thunk
{
	t := mk(takegen);
	t.a = n;
	t.src = src;
	return t;
}

# an already-evaluated thunk
value(c: ref Cell): ref Thunk
{
	t := mk(nil);
	t.forced = 1;
	t.val = c;
	return t;
}

# fibonacci as a self-referential lazy list: fibs = 0 : 1 : zipWith (+) fibs (tail fibs)
fibs(): ref Thunk
{
	tail2 := mk(nil);
	second := value(ref Cell(1, tail2));
	first := value(ref Cell(0, second));
	z := zipwith(add, first, second);
	# tie the knot: the thunk after 1 is the zip
	tail2.gen = z.gen;
	tail2.f2 = z.f2;
	tail2.src = z.src;
	tail2.src2 = z.src2;
	return first;
}

show(label: string, t: ref Thunk, n: int)
{
	before := evaluations;
	s := "";
	for(c := t.force(); c != nil && n > 0; c = c.tail.force()){
		s += " " + string c.head;
		if(--n == 0)
			break;
	}
	sys->print("%-10s%s  (+%d evals)\n", label, s, evaluations - before);
}

sq(x: int): int { return x * x; }
even(x: int): int { return x % 2 == 0; }
add(x, y: int): int { return x + y; }
mul(x, y: int): int { return x * y; }
by7(x: int): int { return x % 7 == 0; }

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nats := from(0, 1);
	show("nats", nats, 10);
	show("nats again", nats, 10);
	show("nats more", nats, 15);
	squares := lmap(sq, nats);
	show("squares", squares, 8);
	show("even sq", lfilter(even, squares), 6);
	show("sums", zipwith(add, nats, squares), 6);
	show("products", zipwith(mul, from(1, 1), from(1, 2)), 6);
	f := fibs();
	show("fibs", f, 15);
	show("fibs again", f, 20);
	show("fib by 7", lfilter(by7, f), 3);
	fin := ltake(4, squares);
	show("take 4", fin, 100);
	show("empty", ltake(0, nats), 5);
	# a finite list padded by zip with an infinite one
	show("zip fin", zipwith(add, fin, from(100, 100)), 10);
	sys->print("total evaluations: %d\n", evaluations);
}
