implement ModDeclsImport;

include "sys.m";
	sys: Sys;
	FD, print: import sys;
include "draw.m";

ModDeclsImport: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	Pt: adt {
		x, y: int;
		add: fn(a: self Pt, b: Pt): Pt;
	};
	Origin: con 0;
};

# a second module type declared in the same file; never loaded
Geometry: module
{
	PATH: con "/dis/nonexistent-geometry.dis";
	Shape: adt {
		kind: string;
		n: int;
	};
	Sides: con 4;
	area: fn(s: Shape): int;
};

Pt2: type ModDeclsImport->Pt;

Pt.add(a: self Pt, b: Pt): Pt
{
	return Pt(a.x + b.x, a.y + b.y);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd: ref FD = sys->fildes(1);
	sys->fprint(fd, "fd import ok\n");
	p := Pt(1, 2).add(Pt(10, 20));
	print("pt %d %d origin %d\n", p.x, p.y, Origin);
	q: Pt2 = (3, 4);
	print("pt2 %d\n", q.add(p).y);
	s := Geometry->Shape("square", Geometry->Sides);
	print("shape %s %d path %s\n", s.kind, s.n, Geometry->PATH);
	t := Geometry->Shape("tri", 3);
	print("qualified shape %s %d\n", t.kind, t.n);
	g := load Geometry Geometry->PATH;
	print("load missing: nil %d\n", g == nil);
	{
		print("%d\n", g->area(s));
	} exception e {
	"*" =>
		print("call through nil module: %s\n", e);
	}
	m: ModDeclsImport;
	print("module var nil %d\n", m == nil);
}
