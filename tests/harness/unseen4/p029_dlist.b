implement Dlist;

include "sys.m";
	sys: Sys;
include "draw.m";

Dlist: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	v: string;
	prev, next: cyclic ref Node;
};

# circular list with sentinel
List: adt {
	s: ref Node;
	n: int;

	new: fn(): ref List;
	append: fn(l: self ref List, v: string): ref Node;
	prepend: fn(l: self ref List, v: string): ref Node;
	remove: fn(l: self ref List, n: ref Node);
	reverse: fn(l: self ref List);
	str: fn(l: self ref List): string;
	rstr: fn(l: self ref List): string;
	find: fn(l: self ref List, v: string): ref Node;
};

List.new(): ref List
{
	s := ref Node("<s>", nil, nil);
	s.prev = s.next = s;
	return ref List(s, 0);
}

link(after: ref Node, v: string): ref Node
{
	n := ref Node(v, after, after.next);
	after.next.prev = n;
	after.next = n;
	return n;
}

List.append(l: self ref List, v: string): ref Node
{
	l.n++;
	return link(l.s.prev, v);
}

List.prepend(l: self ref List, v: string): ref Node
{
	l.n++;
	return link(l.s, v);
}

List.remove(l: self ref List, n: ref Node)
{
	n.prev.next = n.next;
	n.next.prev = n.prev;
	n.prev = n.next = nil;
	l.n--;
}

List.reverse(l: self ref List)
{
	p := l.s;
	do {
		(p.next, p.prev) = (p.prev, p.next);
		p = p.prev;
	} while(p != l.s);
}

List.str(l: self ref List): string
{
	r := "";
	for(p := l.s.next; p != l.s; p = p.next)
		r += p.v + " ";
	return sys->sprint("[%d] %s", l.n, r);
}

List.rstr(l: self ref List): string
{
	r := "";
	for(p := l.s.prev; p != l.s; p = p.prev)
		r += p.v + " ";
	return r;
}

List.find(l: self ref List, v: string): ref Node
{
	for(p := l.s.next; p != l.s; p = p.next)
		if(p.v == v)
			return p;
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := List.new();
	sys->print("empty: %s|%s\n", l.str(), l.rstr());
	for(w := "c" :: "d" :: "e" :: nil; w != nil; w = tl w)
		l.append(hd w);
	l.prepend("b");
	l.prepend("a");
	sys->print("fwd: %s\n", l.str());
	sys->print("bwd: %s\n", l.rstr());
	d := l.find("d");
	link(d, "d2");
	l.n++;
	sys->print("after insert: %s\n", l.str());
	l.remove(l.find("a"));
	l.remove(l.find("e"));
	sys->print("after removes: %s\n", l.str());
	l.reverse();
	sys->print("reversed: %s / %s\n", l.str(), l.rstr());
	x := l.find("zz");
	sys->print("find zz nil? %d\n", x == nil);
	# walk around the circle more than once
	p := l.s.next;
	walk := "";
	for(i := 0; i < 2 * (l.n + 1); i++){
		walk += p.v + ">";
		p = p.next;
	}
	sys->print("walk %s\n", walk);
	while(l.n > 0)
		l.remove(l.s.next);
	sys->fprint(sys->fildes(2), "emptied: %s sentinel self-linked %d\n", l.str(), l.s.next == l.s && l.s.prev == l.s);
}
