implement SpawnMember;

# spawn of adt member functions (on a value and on a ref) and of a pick
# adt's member; the receiver is copied for a value, shared for a ref.

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnMember: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Counter: adt {
	name:	string;
	n:	int;

	run:	fn(c: self Counter, k: int, out: chan of string);
	bump:	fn(c: self ref Counter, k: int, out: chan of string);
	make:	fn(name: string, out: chan of string);
};

Node: adt {
	v: int;
	pick {
	Leaf =>
	Pair =>
		l, r: ref Node;
	}
	sum:	fn(n: self ref Node, out: chan of int);
};

Counter.run(c: self Counter, k: int, out: chan of string)
{
	c.n += k;
	out <-= sys->sprint("run %s %d", c.name, c.n);
}

Counter.bump(c: self ref Counter, k: int, out: chan of string)
{
	for(i := 0; i < k; i++)
		c.n++;
	out <-= sys->sprint("bump %s %d", c.name, c.n);
}

Counter.make(name: string, out: chan of string)
{
	out <-= "make " + name;
}

Node.sum(n: self ref Node, out: chan of int)
{
	pick p := n {
	Leaf =>
		out <-= p.v;
	Pair =>
		sub := chan of int;
		spawn p.l.sum(sub);
		spawn p.r.sum(sub);
		out <-= p.v + <-sub + <-sub;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of string;
	c := Counter("val", 10);
	spawn c.run(5, out);
	sys->print("%s\n", <-out);
	sys->print("after run: %d\n", c.n);
	r := ref Counter("ref", 10);
	spawn r.bump(7, out);
	sys->print("%s\n", <-out);
	sys->print("after bump: %d\n", r.n);
	v := *r;
	spawn v.run(1, out);
	sys->print("%s\n", <-out);
	sys->print("after copy run: %d %d\n", r.n, v.n);
	spawn Counter.make("static", out);
	sys->print("%s\n", <-out);
	cs := array[3] of ref Counter;
	for(i := 0; i < len cs; i++){
		cs[i] = ref Counter("c"+string i, i*100);
		spawn cs[i].bump(i+1, out);
	}
	for(i = 0; i < len cs; i++)
		sys->print("%s\n", <-out);

	t: ref Node = ref Node.Pair(1,
		ref Node.Pair(2, ref Node.Leaf(3), ref Node.Leaf(4)),
		ref Node.Pair(5, ref Node.Leaf(6), ref Node.Pair(7, ref Node.Leaf(8), ref Node.Leaf(9))));
	s := chan of int;
	spawn t.sum(s);
	sys->print("tree sum %d\n", <-s);
}
