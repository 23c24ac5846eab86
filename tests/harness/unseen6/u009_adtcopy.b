implement AdtCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtCopy: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y: int;
	tags: array of string;
	name: string;
	moved: fn(p: self Point, dx: int): Point;
	shift: fn(p: self ref Point, dx: int);
	text: fn(p: self Point): string;
};

Point.moved(p: self Point, dx: int): Point
{
	p.x += dx;
	return p;
}

Point.shift(p: self ref Point, dx: int)
{
	p.x += dx;
}

Point.text(p: self Point): string
{
	return sys->sprint("%s(%d,%d)[%s]", p.name, p.x, p.y, p.tags[0]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Point(1, 2, array[] of {"red"}, "p");
	q := p;
	q.x = 100;
	q.name = "q";
	q.tags[0] = "blue";
	sys->print("p=%s q=%s\n", p.text(), q.text());
	r := p.moved(5);
	sys->print("moved: p=%s r=%s\n", p.text(), r.text());
	rp := ref p;
	rp.x = 42;
	sys->print("after ref copy: p=%s rp=%s\n", p.text(), (*rp).text());
	rq := rp;
	rq.shift(8);
	sys->print("shared: rp.x=%d rq.x=%d same=%d\n", rp.x, rq.x, rp == rq);
	rz := ref *rp;
	rz.x = 0;
	sys->print("deref copy: rp.x=%d rz.x=%d same=%d\n", rp.x, rz.x, rp == rz);
	arr := array[3] of Point;
	arr[0] = p;
	arr[1] = arr[0];
	arr[1].y = 77;
	sys->print("arr0.y=%d arr1.y=%d arr2.name=%d\n", arr[0].y, arr[1].y, arr[2].name == nil);
	refs := array[2] of ref Point;
	refs[0] = ref p;
	refs[1] = refs[0];
	refs[1].y = -5;
	sys->print("refs0.y=%d refs1.y=%d\n", refs[0].y, refs[1].y);
	t := (p, 3);
	(tp, n) := t;
	tp.x = -1;
	sys->print("tuple copy: p.x=%d tp.x=%d n=%d\n", p.x, tp.x, n);
	l := p :: q :: nil;
	(hd l).name = "changed?";
	sys->print("list head name %s\n", (hd l).name);
}
