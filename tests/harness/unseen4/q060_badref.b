implement BadRef;

include "sys.m";
	sys: Sys;
include "draw.m";

BadRef: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	val:	int;
	next:	ref Node;
};

push(l: ref Node, v: int): ref Node
{
	return ref Node(v, l);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	head: ref Node;
	for(i := 0; i < 3; i++)
		head = push(head, i);
	n: Node;
	n = head;		# ref Node is not Node
	c := chan of ref Node;
	c <-= n;		# Node sent on chan of ref Node
	sys->print("%d\n", n.val);
}
