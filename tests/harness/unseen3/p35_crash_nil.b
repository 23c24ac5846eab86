implement P35;
include "sys.m";
	sys: Sys;
include "draw.m";
P35: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Node: adt {
	v: int;
	next: ref Node;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := ref Node(1, ref Node(2, ref Node(3, nil)));
	for(n := l; n != nil; n = n.next)
		sys->print("%d\n", n.v);
	sys->print("third's next v: %d\n", l.next.next.next.v);
}
