# exercises polymorphic adt with two type params, polymorphic function over lists of refs
implement Poly2;
include "sys.m";
include "draw.m";
sys: Sys;
Poly2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Pair: adt[K, V] {
	k: K;
	v: V;
};
Num: adt {
	n: int;
	lt: fn(a, b: ref Num): int;
};
Num.lt(a, b: ref Num): int { return a.n < b.n; }
keys[K, V](l: list of ref Pair[K, V]): list of K
{
	r: list of K;
	for(; l != nil; l = tl l) r = (hd l).k :: r;
	return r;
}
sort[T](a: array of T)
	for { T => lt: fn(a, b: T): int; }
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && T.lt(a[j], a[j-1]); j--){
			t := a[j]; a[j] = a[j-1]; a[j-1] = t;
		}
}
count[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l) n++;
	return n;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p1 := ref Pair[string, ref Num]("one", ref Num(1));
	p2 := ref Pair[string, ref Num]("two", ref Num(2));
	for(k := keys(p1 :: p2 :: nil); k != nil; k = tl k) sys->print("%s ", hd k);
	sys->print("\n");
	a := array[] of {ref Num(5), ref Num(-1), ref Num(3), ref Num(0)};
	sort(a);
	for(i := 0; i < len a; i++) sys->print("%d ", a[i].n);
	sys->print("\n");
	sys->print("%d %d\n", count("a" :: "b" :: nil), count(a[0] :: nil));
	sys->print("%d\n", p2.v.n);
}
