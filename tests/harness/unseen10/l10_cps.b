implement Cps;

include "sys.m";
	sys: Sys;
include "draw.m";

Cps: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# tree depth / count in CPS
Tree: adt {
	l, r: cyclic ref Tree;
	v: int;
};

# a continuation: what to do with a value
Cont: adt {
	f: ref fn(k: ref Cont, v: int): int;
	n: int;
	m: int;
	next: cyclic ref Cont;
	tree: ref Tree;
	resume: fn(k: self ref Cont, v: int): int;
};

steps := 0;

Cont.resume(k: self ref Cont, v: int): int
{
	steps++;
	return k.f(k, v);
}

idk(nil: ref Cont, v: int): int { return v; }
identity(): ref Cont { return ref Cont(idk, 0, 0, nil, nil); }

# factorial
multk(k: ref Cont, v: int): int { return k.next.resume(k.n * v); }
fact(n: int, k: ref Cont): int
{
	if(n == 0)
		return k.resume(1);
	return fact(n - 1, ref Cont(multk, n, 0, k, nil));
}

# fibonacci: two continuations (after first call, after second)
fibsecond(k: ref Cont, v: int): int { return k.next.resume(k.m + v); }
fibfirst(k: ref Cont, v: int): int
{
	return fib(k.n - 2, ref Cont(fibsecond, 0, v, k.next, nil));
}
fib(n: int, k: ref Cont): int
{
	if(n < 2)
		return k.resume(n);
	return fib(n - 1, ref Cont(fibfirst, n, 0, k, nil));
}

# product of a list with an escape continuation on zero
Escape: adt {
	k: ref Cont;
};
prodk(k: ref Cont, v: int): int { return k.next.resume(k.n * v); }
product(l: list of int, k: ref Cont, esc: ref Escape): int
{
	if(l == nil)
		return k.resume(1);
	if(hd l == 0){
		sys->print("  zero seen: escaping\n");
		return esc.k.resume(0);
	}
	return product(tl l, ref Cont(prodk, hd l, 0, k, nil), esc);
}


# after the left sum (v): sum the right subtree, then add both and the node value
sumright(k: ref Cont, v: int): int { return k.next.resume(k.m + v + k.n); }
sumleft(k: ref Cont, v: int): int
{
	return treesum(k.tree.r, ref Cont(sumright, k.tree.v, v, k.next, nil));
}
treesum(t: ref Tree, k: ref Cont): int
{
	if(t == nil)
		return k.resume(0);
	return treesum(t.l, ref Cont(sumleft, 0, 0, k, t));
}

# depth: max of the two sides plus one
depthright(k: ref Cont, v: int): int
{
	d := k.m;
	if(v > d)
		d = v;
	return k.next.resume(d + 1);
}
depthleft(k: ref Cont, v: int): int
{
	return depth(k.tree.r, ref Cont(depthright, 0, v, k.next, nil));
}
depth(t: ref Tree, k: ref Cont): int
{
	if(t == nil)
		return k.resume(0);
	return depth(t.l, ref Cont(depthleft, 0, 0, k, t));
}

build(lo, hi: int): ref Tree
{
	if(lo > hi)
		return nil;
	mid := (lo + hi) / 2;
	return ref Tree(build(lo, mid - 1), build(mid + 1, hi), mid);
}

# continuation that prints and passes on
printk(k: ref Cont, v: int): int
{
	sys->print("  [k%d sees %d]\n", k.n, v);
	return k.next.resume(v + k.m);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 0; n <= 10; n += 2){
		steps = 0;
		sys->print("fact(%d)=%d steps=%d\n", n, fact(n, identity()), steps);
	}
	for(n = 1; n <= 15; n += 7){
		steps = 0;
		sys->print("fib(%d)=%d steps=%d\n", n, fib(n, identity()), steps);
	}
	chain := ref Cont(printk, 1, 100, ref Cont(printk, 2, 10, ref Cont(printk, 3, 1, identity(), nil), nil), nil);
	sys->print("fact(5) through printing chain = %d\n", fact(5, chain));

	outer := ref Cont(printk, 9, 0, identity(), nil);
	esc := ref Escape(outer);
	sys->print("product = %d\n", product(2 :: 3 :: 4 :: nil, ref Cont(printk, 8, 0, identity(), nil), esc));
	sys->print("product = %d\n", product(2 :: 3 :: 0 :: 4 :: nil, ref Cont(printk, 8, 0, identity(), nil), esc));

	t := build(1, 20);
	steps = 0;
	sys->print("treesum(1..20) = %d steps=%d\n", treesum(t, identity()), steps);
	steps = 0;
	sys->print("depth(1..20) = %d steps=%d\n", depth(t, identity()), steps);
	sys->print("depth(1..1000) = %d\n", depth(build(1, 1000), identity()));
	sys->print("treesum(nil) = %d\n", treesum(nil, identity()));
}
