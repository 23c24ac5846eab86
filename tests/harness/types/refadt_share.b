implement RefAdtShare;

include "sys.m";
	sys: Sys;
include "draw.m";

RefAdtShare: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Node: adt {
	v: int;
	s: string;
	next: cyclic ref Node;
};

Val: adt {
	a, b: int;
};

touch(n: ref Node)
{
	n.v++;
	n = ref Node(0, "fresh", nil);
	n.v = 1000;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref Node(1, "one", nil);
	q := p;
	q.v = 2;
	sys->print("shared: %d %d same=%d\n", p.v, q.v, p == q);
	r := ref Node(2, "one", nil);
	sys->print("equal contents not same: %d %d\n", p == r, p != r);
	touch(p);
	sys->print("after touch: %d %s\n", p.v, p.s);

	n: ref Node;
	sys->print("nil ref: %d %d\n", n == nil, p == nil);
	{
		sys->print("field of nil: %d\n", n.v);
	} exception e {
		"*" => sys->print("caught: %s\n", e);
	}
	{
		n.s = "x";
		sys->print("not reached\n");
	} exception e {
		"*" => sys->print("caught store: %s\n", e);
	}
	{
		m := *n;
		sys->print("not reached %d\n", m.v);
	} exception e {
		"*" => sys->print("caught deref: %s\n", e);
	}

	v := ref Val(3, 4);
	w := *v;
	w.a = 30;
	sys->print("deref copies: %d %d\n", v.a, w.a);
	*v = Val(5, 6);
	sys->print("store through: %d %d\n", v.a, v.b);
	u := v;
	*u = w;
	sys->print("alias sees store: %d %d\n", v.a, v.b);

	arr := array[3] of ref Node;
	arr[0] = p;
	arr[1] = p;
	arr[0].v = 55;
	sys->print("array of refs: %d %d %d nil2=%d\n", arr[0].v, arr[1].v, p.v, arr[2] == nil);
	l := p :: r :: p :: nil;
	(hd tl tl l).s = "via list";
	sys->print("list of refs: %s %s\n", p.s, (hd tl l).s);

	t := (p, 1);
	(tp, nil) := t;
	tp.v = -1;
	sys->print("tuple of ref: %d\n", p.v);

	ch := chan[2] of ref Node;
	ch <-= p;
	ch <-= nil;
	got := <-ch;
	got.v = 4242;
	gn := <-ch;
	sys->print("chan of ref: %d same=%d nil=%d\n", p.v, got == p, gn == nil);

}
