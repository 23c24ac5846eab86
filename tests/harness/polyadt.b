implement T;
include "sys.m";
	sys: Sys;
include "draw.m";
T: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
	Box: adt[T] {
		v: T;
		new: fn(v: T): ref Box[T];
		get: fn(b: self ref Box): T;
	};
};
Box[T].new(v: T): ref Box[T]
{
	return ref Box[T](v);
}
Box[T].get(b: self ref Box[T]): T
{
	return b.v;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := Box[string].new("hi");
	c := Box[list of int].new(42 :: nil);
	sys->print("%s %d\n", b.get(), hd c.get());
}
