implement TypeDecls;

include "sys.m";
	sys: Sys;
include "draw.m";

TypeDecls: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	Id: type int;
};

Name: type string;
Names: type list of Name;
Grid: type array of array of int;
Point: type (int, int);
Handler: type ref fn(n: Id): Name;
Table: type array of (Name, Id);
Chan: type chan of Point;

Rec: adt {
	id: Id;
	names: Names;
	at: Point;
};
RR: type ref Rec;

show(n: Id): Name
{
	return "#" + string n;
}

mkgrid(r, c: int): Grid
{
	g := array[r] of array of int;
	for(i := 0; i < r; i++){
		g[i] = array[c] of int;
		for(j := 0; j < c; j++)
			g[i][j] = i * c + j;
	}
	return g;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	i: Id = 42;
	j: int = i + 1;
	sys->print("Id %d %d\n", i, j);
	n: Name = "alice";
	s: string = n;
	sys->print("Name %s %d\n", s, len n);
	ns: Names = n :: "bob" :: nil;
	sys->print("Names %s %d\n", hd tl ns, len ns);
	g := mkgrid(3, 4);
	sys->print("Grid %d %d %d\n", len g, len g[0], g[2][3]);
	p: Point = (3, 4);
	(x, y) := p;
	sys->print("Point %d %d\n", x, y);
	h: Handler = show;
	sys->print("Handler %s\n", h(7));
	t: Table = array[] of {("a", 1), ("b", 2)};
	(tn, ti) := t[1];
	sys->print("Table %s %d\n", tn, ti);
	c: Chan = chan[1] of Point;
	c <-= (5, 6);
	(cx, cy) := <-c;
	sys->print("Chan %d %d\n", cx, cy);
	r: RR = ref Rec(1, ns, p);
	r2 := r;
	r2.id = 99;
	sys->print("RR %d %s %d\n", r.id, hd r.names, r.at.t1);
	q: TypeDecls->Id = 5;
	sys->print("qualified %d\n", q + i);
	sys->print("tuple member %d\n", p.t0 * 10 + p.t1);
}
