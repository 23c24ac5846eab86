implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: nil in every pointer-like slot and compared with them
Node: adt {
	v: int;
	next: ref Node;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: string = nil;
	a: array of int = nil;
	l: list of string = nil;
	c: chan of int = nil;
	n: ref Node = nil;
	sys->print("%d %d %d %d %d\n", s == nil, a == nil, l == nil, c == nil, n == nil);
	sys->print("%d %d %d\n", len s, len a, len l);
	n = ref Node(1, ref Node(2, nil));
	for(p := n; p != nil; p = p.next)
		sys->print("node %d\n", p.v);
	s = "x";
	s = nil;
	sys->print("[%s] %d\n", s, s == "");
	t: (string, int) = (nil, 5);
	sys->print("%d %d\n", t.t0 == nil, t.t1);
}
