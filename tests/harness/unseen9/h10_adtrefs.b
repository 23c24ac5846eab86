implement AdtRefs;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtRefs: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Vec: adt {
	x, y:	int;
	tag:	string;

	add:	fn(a: self Vec, b: Vec): Vec;
	text:	fn(v: self Vec): string;
};

Account: adt {
	name:	string;
	balance:	int;
	history:	list of int;
};

Box: adt {
	c:	chan of int;
	n:	int;
};

Vec.add(a: self Vec, b: Vec): Vec
{
	return Vec(a.x+b.x, a.y+b.y, a.tag+"+"+b.tag);
}

Vec.text(v: self Vec): string
{
	return sys->sprint("%s(%d,%d)", v.tag, v.x, v.y);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# values: the receiver works on its own copy
	vc := chan of Vec;
	vback := chan of Vec;
	spawn vecworker(vc, vback);
	v := Vec(1, 2, "a");
	vc <-= v;
	w := <-vback;
	sys->print("sent %s, got back %s\n", v.text(), w.text());
	vc <-= Vec(10, 20, "b");
	w = <-vback;
	sys->print("second result %s\n", w.text());
	vc <-= Vec(0, 0, nil);	# ends the worker
	<-vback;

	# refs: both sides share the same object
	ac := chan of ref Account;
	ack := chan of int;
	acct := ref Account("alice", 100, nil);
	spawn teller(ac, ack);
	for(i := 1; i <= 4; i++){
		ac <-= acct;
		n := <-ack;
		sys->print("after visit %d: balance %d (teller saw %d)\n", i, acct.balance, n);
	}
	ac <-= nil;
	<-ack;
	s := "";
	for(h := acct.history; h != nil; h = tl h)
		s += " " + string hd h;
	sys->print("history (newest first):%s\n", s);

	# a channel carrying a ref that carries a channel
	boxes := chan of ref Box;
	spawn boxer(boxes);
	tot := 0;
	for(i = 1; i <= 3; i++){
		b := ref Box(chan of int, i);
		boxes <-= b;
		tot += <-b.c;
	}
	boxes <-= nil;
	sys->print("boxes total %d\n", tot);
}

vecworker(in: chan of Vec, out: chan of Vec)
{
	acc := Vec(100, 100, "acc");
	for(;;){
		v := <-in;
		if(v.tag == nil){
			out <-= acc;
			return;
		}
		v.x *= 3;	# changes only the local copy
		acc = acc.add(v);
		out <-= acc;
	}
}

teller(in: chan of ref Account, ack: chan of int)
{
	seen := 0;
	while((a := <-in) != nil){
		seen++;
		delta := seen * 15;
		if(seen % 2 == 0)
			delta = -delta;
		a.balance += delta;
		a.history = delta :: a.history;
		ack <-= seen;
	}
	ack <-= -1;
}

boxer(in: chan of ref Box)
{
	while((b := <-in) != nil)
		b.c <-= b.n * b.n;
}
