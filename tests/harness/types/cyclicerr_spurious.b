implement CyclicErrSpurious;

include "sys.m";
	sys: Sys;
include "draw.m";

CyclicErrSpurious: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Leaf: adt {
	v: int;
};

# cyclic on a field that does not lead back to Holder
Holder: adt {
	n: int;
	leaf: cyclic ref Leaf;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := ref Holder(1, ref Leaf(2));
	sys->print("%d %d\n", h.n, h.leaf.v);
}
