implement CyclicOptional;

include "sys.m";
	sys: Sys;
include "draw.m";

CyclicOptional: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# which self references compile without the word cyclic
Node: adt {
	v: int;
	next: ref Node;
};

A: adt {
	name: string;
	b: ref B;
};

B: adt {
	n: int;
	a: cyclic ref A;
};

L: adt {
	v: int;
	more: list of ref L;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := ref Node(1, ref Node(2, nil));
	n.next.next = n;
	sys->print("%d %d\n", n.next.v, n.next.next.v);
	a := ref A("a", nil);
	a.b = ref B(7, a);
	sys->print("%s %d %s\n", a.name, a.b.n, a.b.a.name);
	l := ref L(1, nil);
	l.more = l :: ref L(2, nil) :: nil;
	sys->print("%d %d\n", (hd l.more).v, (hd tl l.more).v);
}
