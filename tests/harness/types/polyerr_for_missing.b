implement PolyErrForMissing;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyErrForMissing: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Good: adt {
	v: int;
	key: fn(g: self ref Good): int;
};

Bad: adt {
	v: int;
};

Good.key(g: self ref Good): int
{
	return g.v * 2;
}

sum[T](l: list of T): int
	for {
	T =>
		key: fn(x: self T): int;
	}
{
	s := 0;
	for(; l != nil; l = tl l)
		s += (hd l).key();
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", sum(ref Good(1) :: ref Good(2) :: nil));
	sys->print("%d\n", sum(ref Bad(1) :: nil));
}
