implement ThreadBroken;

include "sys.m";
	sys: Sys;
include "draw.m";

ThreadBroken: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	val:	int;
	next:	cyclic ref Node;
};

walker(head: ref Node, c: chan of int)
{
	n := head;
	total := 0;
	# bug: walks one step past the end of the list
	for(i := 0; i < 4; i++){
		total += n.val;
		c <-= total;
		n = n.next;
	}
	c <-= -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	head: ref Node;
	for(v := 3; v >= 1; v--)
		head = ref Node(v*11, head);
	c := chan of int;
	spawn walker(head, c);
	for(k := 0; k < 3; k++)
		sys->print("partial sum %d\n", <-c);
	# the walker dies now; give it a moment to report, then carry on
	sys->sleep(200);
	sys->print("main continues without the walker\n");
	s := 0;
	for(n := head; n != nil; n = n.next)
		s += n.val;
	sys->print("main computed sum %d\n", s);
}
