implement T;
include "sys.m";
include "draw.m";
sys: Sys;
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Item: adt {
	n: int;
	eq: fn(a, b: ref Item): int;
	gt: fn(a: self ref Item, b: ref Item): int;
};
Item.eq(a, b: ref Item): int { return a.n == b.n; }
Item.gt(a: self ref Item, b: ref Item): int { return a.n > b.n; }
ismember[T](x: T, l: list of T): int
	for { T =>	eq:	fn(a, b: T): int; }
{
	for(; l != nil; l = tl l)
		if(T.eq(x, hd l))
			return 1;
	return 0;
}
max[T](a: array of T): T
	for { T => gt: fn(a: self T, b: T): int; }
{
	m := a[0];
	for(i := 1; i < len a; i++)
		if(a[i].gt(m))
			m = a[i];
	return m;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := ref Item(1) :: ref Item(2) :: nil;
	sys->print("%d %d\n", ismember(ref Item(2), l), ismember(ref Item(3), l));
	sys->print("%d\n", max(array[] of {ref Item(4), ref Item(9), ref Item(2)}).n);
}
