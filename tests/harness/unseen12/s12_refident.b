implement RefIdent;

include "sys.m";
	sys: Sys;
include "draw.m";

RefIdent: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y: int;

	eq: fn(p: self ref Point, q: ref Point): int;
	text: fn(p: self ref Point): string;
};

Point.eq(p: self ref Point, q: ref Point): int
{
	if(p == q)
		return 1;
	if(p == nil || q == nil)
		return 0;
	return p.x == q.x && p.y == q.y;
}

Point.text(p: self ref Point): string
{
	if(p == nil)
		return "nil";
	return sys->sprint("(%d,%d)", p.x, p.y);
}

# a small intern table: equal values map to one shared ref
interned: list of ref Point;

intern(x, y: int): ref Point
{
	for(l := interned; l != nil; l = tl l)
		if((hd l).x == x && (hd l).y == y)
			return hd l;
	p := ref Point(x, y);
	interned = p :: interned;
	return p;
}

find(l: list of ref Point, p: ref Point): int
{
	for(i := 0; l != nil; l = tl l) {
		if(hd l == p)
			return i;
		i++;
	}
	return -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := ref Point(1, 2);
	b := ref Point(1, 2);
	c := a;
	sys->print("a==b %d  a==c %d  a!=b %d  a.eq(b) %d\n", a == b, a == c, a != b, a.eq(b));

	# value copies of the adt are independent, refs are shared
	v := *a;
	v.x = 99;
	c.y = 7;
	sys->print("a=%s b=%s c=%s v=(%d,%d)\n", a.text(), b.text(), c.text(), v.x, v.y);

	# ref to a fresh copy of a value
	d := ref v;
	e := ref v;
	sys->print("d==e %d  d.eq(e) %d\n", d == e, d.eq(e));
	d.x = 0;
	sys->print("after d.x=0: d=%s e=%s v.x=%d\n", d.text(), e.text(), v.x);

	# nil comparisons and method calls on nil
	n: ref Point;
	sys->print("n==nil %d  n.eq(nil) %d  a.eq(n) %d  text %s\n", n == nil, n.eq(nil), a.eq(n), n.text());

	# interning makes identity equal value equality
	p1 := intern(3, 4);
	p2 := intern(5, 6);
	p3 := intern(3, 4);
	sys->print("intern: p1==p3 %d p1==p2 %d table %d\n", p1 == p3, p1 == p2, len interned);

	# searching lists by identity, not value
	pts := a :: b :: p1 :: p2 :: nil;
	sys->print("find a %d, b %d, ref(1,7) %d, p3 %d, nil %d\n",
		find(pts, a), find(pts, b), find(pts, ref Point(1, 7)), find(pts, p3), find(pts, nil));

	# arrays of refs: aliasing through assignment
	arr := array[3] of ref Point;
	arr[0] = a;
	arr[1] = arr[0];
	arr[2] = ref *arr[0];
	arr[1].x = -5;
	for(i := 0; i < len arr; i++)
		sys->print("arr[%d]=%s same-as-a %d\n", i, arr[i].text(), arr[i] == a);

	# tuple of refs compared element-wise by hand
	(t1, t2) := (a, b);
	sys->print("swap check: %d %d\n", t1 == a, t2 == b);
	(t1, t2) = (t2, t1);
	sys->print("after swap: %d %d\n", t1 == b, t2 == a);

	# chan and list identity
	ch1 := chan of int;
	ch2 := ch1;
	ch3 := chan of int;
	sys->print("chan ch1==ch2 %d ch1==ch3 %d\n", ch1 == ch2, ch1 == ch3);
	l1 := 1 :: 2 :: nil;
	l2 := l1;
	l3 := 0 :: l1;
	sys->print("list l1==l2 %d tl l3==l1 %d l1==(1::2::nil) %d\n", l1 == l2, tl l3 == l1, l1 == (1 :: 2 :: nil));
	ar1 := array[2] of int;
	sys->print("array ar1==ar1[0:] %d ar1==ar1 %d\n", ar1 == ar1[0:], ar1 == ar1);
}
