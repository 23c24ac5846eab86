implement Linkedlist;

include "sys.m";
	sys: Sys;
include "draw.m";

Linkedlist: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	val:	int;
	next:	cyclic ref Node;

	nth:	fn(n: self ref Node, i: int): ref Node;
	length:	fn(n: self ref Node): int;
	text:	fn(n: self ref Node): string;
};

Node.nth(n: self ref Node, i: int): ref Node
{
	while(i-- > 0)
		n = n.next;
	return n;
}

Node.length(n: self ref Node): int
{
	c := 0;
	for(; n != nil; n = n.next)
		c++;
	return c;
}

Node.text(n: self ref Node): string
{
	s := "(";
	for(; n != nil; n = n.next){
		s += string n.val;
		if(n.next != nil)
			s += " ";
	}
	return s + ")";
}

fromarray(a: array of int): ref Node
{
	h: ref Node;
	for(i := len a - 1; i >= 0; i--)
		h = ref Node(a[i], h);
	return h;
}

reverse(h: ref Node): ref Node
{
	r: ref Node;
	while(h != nil){
		nx := h.next;
		h.next = r;
		r = h;
		h = nx;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := fromarray(array[] of {3, 1, 4, 1, 5, 9, 2, 6});
	sys->print("list %s length %d\n", l.text(), l.length());
	l = reverse(l);
	sys->print("reversed %s\n", l.text());
	for(i := 0; i < 10; i += 3)
		sys->print("nth(%d) = %d\n", i, l.nth(i).val);
	sys->print("not reached\n");
}
