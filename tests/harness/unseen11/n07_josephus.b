#args: 12 4
implement Josephus;

include "sys.m";
	sys: Sys;
include "draw.m";

Josephus: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	id:	int;
	name:	string;
	prev:	cyclic ref Node;
	next:	cyclic ref Node;

	unlink:	fn(n: self ref Node): ref Node;
};

Circle: adt {
	cur:	ref Node;
	size:	int;

	make:	fn(names: array of string): ref Circle;
	walk:	fn(c: self ref Circle, dir: int): string;
	eliminate:	fn(c: self ref Circle, k: int): list of ref Node;
};

# remove n from its ring; return its successor
Node.unlink(n: self ref Node): ref Node
{
	nx := n.next;
	n.prev.next = n.next;
	n.next.prev = n.prev;
	n.next = n.prev = nil;	# break the cycle for the removed node
	return nx;
}

Circle.make(names: array of string): ref Circle
{
	c := ref Circle(nil, 0);
	for(i := 0; i < len names; i++){
		n := ref Node(i+1, names[i], nil, nil);
		if(c.cur == nil){
			n.prev = n.next = n;
			c.cur = n;
		}else{
			last := c.cur.prev;
			n.prev = last;
			n.next = c.cur;
			last.next = n;
			c.cur.prev = n;
		}
		c.size++;
	}
	return c;
}

Circle.walk(c: self ref Circle, dir: int): string
{
	if(c.cur == nil)
		return "(empty)";
	s := "";
	n := c.cur;
	do{
		s += " " + n.name;
		if(dir > 0)
			n = n.next;
		else
			n = n.prev;
	}while(n != c.cur);
	return s;
}

Circle.eliminate(c: self ref Circle, k: int): list of ref Node
{
	out: list of ref Node;
	while(c.size > 1){
		for(i := 1; i < k; i++)
			c.cur = c.cur.next;
		victim := c.cur;
		c.cur = victim.unlink();
		c.size--;
		out = victim :: out;
	}
	return out;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 7;
	k := 3;
	if(len argv == 3){
		n = int hd tl argv;
		k = int hd tl tl argv;
	}
	if(n < 1 || k < 1){
		sys->fprint(sys->fildes(2), "josephus: bad n or k\n");
		return;
	}
	greek := array[] of {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa"};
	names := array[n] of string;
	for(i := 0; i < n; i++)
		names[i] = greek[i % len greek] + string (i / len greek);
	c := Circle.make(names);
	sys->print("forward: %s\n", c.walk(1)[1:]);
	sys->print("backward:%s\n", c.walk(-1));
	# a cycle has no end: count steps until we see the head again
	steps := 0;
	for(p := c.cur.next; p != c.cur; p = p.next)
		steps++;
	sys->print("ring of %d, %d hops back to start\n", c.size, steps+1);

	order := c.eliminate(k);
	rev: list of ref Node;
	for(; order != nil; order = tl order)
		rev = hd order :: rev;
	sys->print("eliminated:");
	for(l := rev; l != nil; l = tl l){
		v := hd l;
		sys->print(" %d", v.id);
		if(v.next != nil)
			sys->print("(still linked!)");
	}
	sys->print("\nsurvivor: %s (#%d), self-loop %d\n", c.cur.name, c.cur.id, c.cur.next == c.cur);
	sys->print("check: %d\n", josephus(n, k) + 1);
}

# closed form recurrence J(1)=0, J(n)=(J(n-1)+k) mod n
josephus(n, k: int): int
{
	j := 0;
	for(i := 2; i <= n; i++)
		j = (j + k) % i;
	return j;
}
