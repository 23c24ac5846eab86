implement Cyclic;

include "sys.m";
	sys: Sys;
include "draw.m";

Cyclic: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Node: adt {
	id: int;
	next: cyclic ref Node;
	prev: cyclic ref Node;
};

Person: adt {
	name: string;
	friend: cyclic ref Person;
};

ring(n: int): ref Node
{
	first := ref Node(0, nil, nil);
	first.next = first;
	first.prev = first;
	for(i := 1; i < n; i++) {
		nd := ref Node(i, first, first.prev);
		first.prev.next = nd;
		first.prev = nd;
	}
	return first;
}

walk(start: ref Node, steps: int, fwd: int): string
{
	s := "";
	p := start;
	for(i := 0; i < steps; i++) {
		s += sys->sprint("%d ", p.id);
		if(fwd)
			p = p.next;
		else
			p = p.prev;
	}
	return s;
}

remove(n: ref Node): ref Node
{
	n.prev.next = n.next;
	n.next.prev = n.prev;
	return n.next;
}

# Josephus elimination on the ring
josephus(n, k: int): int
{
	p := ring(n);
	while(p.next != p) {
		for(i := 1; i < k; i++)
			p = p.next;
		sys->print("out %d\n", p.id);
		p = remove(p);
	}
	return p.id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	r := ring(5);
	sys->print("fwd: %s\n", walk(r, 12, 1));
	sys->print("bwd: %s\n", walk(r, 12, 0));
	sys->print("r.next.next.prev.prev == r: %d\n", r.next.next.prev.prev == r);
	r = remove(r.next.next);
	sys->print("after remove: %s\n", walk(r, 6, 1));
	sys->print("survivor=%d\n", josephus(7, 3));

	a := ref Person("ann", nil);
	b := ref Person("bob", a);
	c := ref Person("cat", b);
	a.friend = c;
	p := a;
	for(i := 0; i < 7; i++) {
		sys->print("%s->", p.name);
		p = p.friend;
	}
	sys->print("%s\n", p.name);
	narc := ref Person("narcissus", nil);
	narc.friend = narc;
	sys->print("%s loves %s\n", narc.name, narc.friend.friend.friend.name);
}
