implement CyclicGraph;

include "sys.m";
	sys: Sys;
include "draw.m";

CyclicGraph: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Node: adt {
	name: string;
	edges: cyclic list of ref Node;
	parent: cyclic ref Node;
	seen: int;
};

Ring: adt {
	v: int;
	next, prev: cyclic ref Ring;
};

Tree: adt {
	v: int;
	kids: cyclic array of ref Tree;
};

visit(n: ref Node, depth: int): string
{
	if(n.seen)
		return "(" + n.name + ")";
	n.seen = 1;
	s := n.name;
	for(l := n.edges; l != nil; l = tl l)
		s += " " + visit(hd l, depth + 1);
	return "[" + s + "]";
}

mkring(n: int): ref Ring
{
	first := ref Ring(0, nil, nil);
	cur := first;
	for(i := 1; i < n; i++){
		r := ref Ring(i, nil, cur);
		cur.next = r;
		cur = r;
	}
	cur.next = first;
	first.prev = cur;
	return first;
}

total(t: ref Tree): int
{
	if(t == nil)
		return 0;
	s := t.v;
	for(i := 0; i < len t.kids; i++)
		s += total(t.kids[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := ref Node("a", nil, nil, 0);
	b := ref Node("b", nil, a, 0);
	c := ref Node("c", nil, a, 0);
	a.edges = b :: c :: nil;
	b.edges = c :: a :: nil;
	c.edges = a :: c :: nil;
	sys->print("%s\n", visit(a, 0));
	sys->print("parent of c: %s, parent of a nil: %d\n", c.parent.name, a.parent == nil);
	sys->print("cycle: %d\n", (hd (hd b.edges).edges) == a);

	r := mkring(5);
	s := "";
	p := r;
	for(i := 0; i < 7; i++){
		s += string p.v;
		p = p.next;
	}
	sys->print("ring fwd %s\n", s);
	s = "";
	for(i = 0; i < 7; i++){
		s += string p.v;
		p = p.prev;
	}
	sys->print("ring back %s\n", s);
	sys->print("ring closes %d %d\n", r.prev.next == r, r.next.next.next.next.next == r);
	# break the ring
	r.prev.next = nil;
	n := 0;
	for(p = r; p != nil; p = p.next)
		n++;
	sys->print("broken ring len %d\n", n);

	leaf := ref Tree(3, nil);
	t := ref Tree(1, array[] of {ref Tree(2, array[] of {leaf, leaf}), nil, leaf});
	sys->print("tree total %d\n", total(t));
	leaf.v = 10;
	sys->print("shared leaf total %d\n", total(t));
	selft := ref Tree(5, nil);
	selft.kids = array[] of {ref Tree(1, nil)};
	sys->print("self tree %d\n", total(selft));
}
