implement P06b;

include "sys.m";
	sys: Sys;
include "draw.m";

P06b: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Pt: adt {
	x, y: int;
	name: string;
	move: fn(p: self ref Pt, dx, dy: int);
	moved: fn(p: self Pt, dx, dy: int): Pt;
	text: fn(p: self Pt): string;
	origin: fn(): Pt;
};

Node: adt {
	val: int;
	next: cyclic ref Node;
	prev: cyclic ref Node;
};

Stack: adt {
	items: array of int;
	n: int;
	push: fn(s: self ref Stack, v: int);
	pop: fn(s: self ref Stack): int;
};

Pt.move(p: self ref Pt, dx, dy: int)
{
	p.x += dx;
	p.y += dy;
}

Pt.moved(p: self Pt, dx, dy: int): Pt
{
	p.x += dx;
	p.y += dy;
	return p;
}

Pt.text(p: self Pt): string
{
	return sys->sprint("%s(%d,%d)", p.name, p.x, p.y);
}

Pt.origin(): Pt
{
	return Pt(0, 0, "O");
}

Stack.push(s: self ref Stack, v: int)
{
	if(s.n == len s.items){
		na := array[2*len s.items + 1] of int;
		for(k := 0; k < s.n; k++)
			na[k] = s.items[k];
		s.items = na;
	}
	s.items[s.n++] = v;
}

Stack.pop(s: self ref Stack): int
{
	return s.items[--s.n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Pt(1, 2, "a");
	b := a;
	b.x = 100;
	sys->print("%s %s\n", a.text(), b.text());
	c := a.moved(5, 5);
	sys->print("%s %s\n", a.text(), c.text());
	r := ref a;
	r2 := r;
	r2.move(10, 20);
	sys->print("%s %s %s\n", a.text(), (*r).text(), (*r2).text());
	v := *r;
	v.x = -1;
	sys->print("%d %d\n", v.x, r.x);
	sys->print("%d\n", r == r2);
	r3 := ref a;
	sys->print("%d\n", r == r3);
	o := Pt.origin();
	sys->print("%s\n", o.text());

	n1 := ref Node(1, nil, nil);
	n2 := ref Node(2, nil, n1);
	n1.next = n2;
	n2.next = n1;
	n1.prev = n2;
	p := n1;
	for(i := 0; i < 5; i++){
		sys->print("%d ", p.val);
		p = p.next;
	}
	sys->print("| %d\n", n1.next.prev.val);

	s := ref Stack(nil, 0);
	for(i = 0; i < 10; i++)
		s.push(i*i);
	sys->print("n=%d cap=%d:", s.n, len s.items);
	while(s.n > 0)
		sys->print(" %d", s.pop());
	sys->print("\n");

	arr := array[3] of Pt;
	arr[1].x = 7;
	sys->print("%d %d [%s]\n", arr[0].x, arr[1].x, arr[2].name);
	q := arr[1];
	q.x = 99;
	sys->print("%d\n", arr[1].x);
	refs := array[2] of ref Pt;
	sys->print("%d\n", refs[0] == nil);
	t := (1, "two", 3.0);
	(i1, s1, r1) := t;
	sys->print("%d %s %g\n", i1, s1, r1);
	t2 := t;
	(nil, s2, nil) := t2;
	sys->print("%s\n", s2);
}
