implement UncaughtBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtBounds: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	rows, cols: int;
	d: array of int;
	get: fn(m: self ref Matrix, r, c: int): int;
	set: fn(m: self ref Matrix, r, c, v: int);
};

Matrix.get(m: self ref Matrix, r, c: int): int
{
	return m.d[r * m.cols + c];
}

Matrix.set(m: self ref Matrix, r, c, v: int)
{
	m.d[r * m.cols + c] = v;
}

newmatrix(r, c: int): ref Matrix
{
	return ref Matrix(r, c, array[r * c] of {* => 0});
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := newmatrix(3, 3);
	for(i := 0; i < 3; i++)
		for(j := 0; j < 3; j++)
			m.set(i, j, (i + 1) * (j + 2));
	for(i = 0; i < 3; i++)
		sys->print("%3d %3d %3d\n", m.get(i, 0), m.get(i, 1), m.get(i, 2));
	# trace, with an off-by-one loop bound
	t := 0;
	for(i = 0; i <= 3; i++){
		t += m.get(i, i);
		sys->print("partial trace %d\n", t);
	}
	sys->print("trace %d\n", t);
}
