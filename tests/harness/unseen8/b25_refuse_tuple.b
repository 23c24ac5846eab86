implement RefuseTuple;

include "sys.m";
	sys: Sys;
include "draw.m";

RefuseTuple: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Rec: adt {
	id: int;
	name: string;
};

mkrec(i: int): (int, string)
{
	return (i, sys->sprint("r%d", i));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	r := Rec(1, "one");
	(id, name) := mkrec(2);
	r.id = id;
	# deliberate type error: the tuple elements are in the wrong order
	(r.name, r.id) = mkrec(3);
	sys->print("%d %s %s\n", r.id, r.name, name);
}
