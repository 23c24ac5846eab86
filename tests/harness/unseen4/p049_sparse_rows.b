implement SparseRows;

include "sys.m";
	sys: Sys;
include "draw.m";

SparseRows: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Grid: adt {
	rows: array of array of int;
	width: int;

	set: fn(g: self ref Grid, r, c, v: int);
	get: fn(g: self ref Grid, r, c: int): int;
	rowsum: fn(g: self ref Grid, r: int): int;
};

Grid.set(g: self ref Grid, r, c, v: int)
{
	if(g.rows[r] == nil){
		sys->print("  allocating row %d\n", r);
		g.rows[r] = array[g.width] of {* => 0};
	}
	g.rows[r][c] = v;
}

Grid.get(g: self ref Grid, r, c: int): int
{
	if(g.rows[r] == nil)
		return 0;
	return g.rows[r][c];
}

# forgets that rows are allocated lazily
Grid.rowsum(g: self ref Grid, r: int): int
{
	s := 0;
	row := g.rows[r];
	for(c := 0; c < g.width; c++)
		s += row[c];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g := ref Grid(array[6] of array of int, 5);
	g.set(0, 0, 1);
	g.set(0, 4, 2);
	g.set(3, 2, 7);
	g.set(5, 1, -3);
	g.set(3, 3, 8);
	for(r := 0; r < len g.rows; r++){
		line := "";
		for(c := 0; c < g.width; c++)
			line += sys->sprint("%3d", g.get(r, c));
		sys->print("row %d:%s\n", r, line);
	}
	sys->print("sum row 0 = %d\n", g.rowsum(0));
	sys->print("sum row 3 = %d\n", g.rowsum(3));
	sys->fprint(sys->fildes(2), "summing row 1\n");
	sys->print("sum row 1 = %d\n", g.rowsum(1));
	sys->print("not reached\n");
}
