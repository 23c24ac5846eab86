implement AdtValue;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtValue: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Point: adt {
	x, y: int;
};

Rect: adt {
	min, max: Point;
	label: string;
	tags: array of string;
	area: fn(r: self Rect): int;
};

Box: adt {
	r: Rect;
	owner: ref Point;
};

Rect.area(r: self Rect): int
{
	return (r.max.x - r.min.x) * (r.max.y - r.min.y);
}

pr(tag: string, r: Rect)
{
	sys->print("%s: (%d,%d)-(%d,%d) %s tags0=%s area=%d\n", tag,
		r.min.x, r.min.y, r.max.x, r.max.y, r.label, r.tags[0], r.area());
}

grow(r: Rect): Rect
{
	r.max.x += 10;
	r.label += "+";
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Rect((0, 0), (2, 3), "a", array[] of {"t"});
	b := a;			# value copy of nested adts
	b.min.x = -1;
	b.label = "b";
	b.tags[0] = "shared";	# but the array inside is a reference
	pr("a", a);
	pr("b", b);
	c := grow(a);
	pr("a after grow", a);
	pr("c", c);
	# ref adt shares
	ra := ref a;		# ref of a copy
	rb := ra;
	rb.max.y = 100;
	pr("a", a);
	pr("*ra", *ra);
	# adt containing a ref
	p := ref Point(5, 5);
	x := Box(a, p);
	y := x;
	y.r.min.y = 7;
	y.owner.x = 50;
	sys->print("x.r.min.y=%d y.r.min.y=%d x.owner.x=%d\n", x.r.min.y, y.r.min.y, x.owner.x);
	# arrays of adts hold values
	arr := array[2] of Point;
	arr[0] = Point(1, 1);
	q := arr[0];
	q.x = 9;
	sys->print("arr[0].x=%d q.x=%d arr[1]=(%d,%d)\n", arr[0].x, q.x, arr[1].x, arr[1].y);
	# tuple to adt assignment
	pt: Point;
	pt = (3, 4);
	(u, v) := pt;
	sys->print("pt=(%d,%d) u=%d v=%d\n", pt.x, pt.y, u, v);
	# equality of refs
	r1 := ref Point(1, 2);
	r2 := ref Point(1, 2);
	sys->print("r1==r2 %d r1==r1 %d\n", r1 == r2, r1 == r1);
}
