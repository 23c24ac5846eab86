implement MatrixBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

MatrixBounds: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	rows, cols: int;
	d: array of array of int;

	new: fn(r, c: int): ref Matrix;
	mul: fn(a: self ref Matrix, b: ref Matrix): ref Matrix;
	print: fn(m: self ref Matrix, name: string);
};

Matrix.new(r, c: int): ref Matrix
{
	d := array[r] of array of int;
	for(i := 0; i < r; i++)
		d[i] = array[c] of {* => 0};
	return ref Matrix(r, c, d);
}

Matrix.mul(a: self ref Matrix, b: ref Matrix): ref Matrix
{
	m := Matrix.new(a.rows, b.cols);
	for(i := 0; i < a.rows; i++)
		for(j := 0; j < b.cols; j++){
			s := 0;
			for(k := 0; k < a.cols; k++)
				s += a.d[i][k] * b.d[k][j];
			m.d[i][j] = s;
		}
	return m;
}

Matrix.print(m: self ref Matrix, name: string)
{
	sys->print("%s (%dx%d):\n", name, m.rows, m.cols);
	for(i := 0; i < m.rows; i++){
		line := "";
		for(j := 0; j < m.cols; j++)
			line += sys->sprint("%5d", m.d[i][j]);
		sys->print("%s\n", line);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Matrix.new(2, 3);
	b := Matrix.new(3, 2);
	v := 1;
	for(i := 0; i < 2; i++)
		for(j := 0; j < 3; j++){
			a.d[i][j] = v;
			b.d[j][i] = v * 2 - 3;
			v++;
		}
	a.print("A");
	b.print("B");
	c := a.mul(b);
	c.print("A*B");
	d := b.mul(a);
	d.print("B*A");
	# deliberately wrong: A*A has mismatched dimensions; inner loop runs off B's rows
	sys->fprint(sys->fildes(2), "now multiplying A by A\n");
	e := a.mul(a);
	e.print("A*A");
	sys->print("not reached\n");
}
