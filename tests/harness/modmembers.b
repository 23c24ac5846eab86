implement P16;

include "sys.m";
	sys: Sys;
include "draw.m";

P16: module
{
	Version: con "1.2";
	Max: con 3;
	Item: adt {
		k: string;
		v: int;
		show: fn(i: self ref Item): string;
	};
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	helper: fn(n: int): int;
};

Item.show(i: self ref Item): string
{
	return i.k + "=" + string i.v;
}

helper(n: int): int
{
	return n * Max;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	it := ref Item("a", helper(2));
	sys->print("%s %s %d %d\n", Version, it.show(), Max, P16->Max);
	x := P16->Item("b", 1);
	sys->print("%s\n", x.k);
}
