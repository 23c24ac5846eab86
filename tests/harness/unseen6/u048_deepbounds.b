implement DeepBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

DeepBounds: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	n: int;
	cells: array of array of int;
	get: fn(m: self ref Matrix, r, c: int): int;
};

Matrix.get(m: self ref Matrix, r, c: int): int
{
	return m.cells[r][c];
}

newmatrix(n: int): ref Matrix
{
	cells := array[n] of array of int;
	for(i := 0; i < n; i++){
		cells[i] = array[n] of int;
		for(j := 0; j < n; j++)
			cells[i][j] = (i+1) * (j+1);
	}
	return ref Matrix(n, cells);
}

trace(m: ref Matrix, depth: int): int
{
	if(depth < 0)
		return 0;
	return m.get(depth, depth) + trace(m, depth - 1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := newmatrix(4);
	for(i := 0; i < m.n; i++){
		line := "";
		for(j := 0; j < m.n; j++)
			line += sys->sprint("%4d", m.get(i, j));
		sys->print("%s\n", line);
	}
	sys->print("trace = %d\n", trace(m, m.n - 1));
	sys->print("trace with an off-by-one depth...\n");
	sys->print("trace = %d\n", trace(m, m.n));
}
