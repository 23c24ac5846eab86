implement MatrixNil;

include "sys.m";
	sys: Sys;
include "draw.m";

MatrixNil: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	rows, cols: int;
	m: array of array of real;

	new: fn(r, c: int): ref Matrix;
	identity: fn(n: int): ref Matrix;
	mul: fn(a: self ref Matrix, b: ref Matrix): ref Matrix;
	transpose: fn(a: self ref Matrix): ref Matrix;
	print: fn(a: self ref Matrix, name: string);
};

Matrix.new(r, c: int): ref Matrix
{
	m := array[r] of array of real;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0.0};
	return ref Matrix(r, c, m);
}

Matrix.identity(n: int): ref Matrix
{
	a := Matrix.new(n, n);
	for(i := 0; i < n; i++)
		a.m[i][i] = 1.0;
	return a;
}

Matrix.mul(a: self ref Matrix, b: ref Matrix): ref Matrix
{
	if(a.cols != b.rows)
		raise sys->sprint("fail:shape %dx%d * %dx%d", a.rows, a.cols, b.rows, b.cols);
	c := Matrix.new(a.rows, b.cols);
	for(i := 0; i < a.rows; i++)
		for(j := 0; j < b.cols; j++) {
			s := 0.0;
			for(k := 0; k < a.cols; k++)
				s += a.m[i][k] * b.m[k][j];
			c.m[i][j] = s;
		}
	return c;
}

Matrix.transpose(a: self ref Matrix): ref Matrix
{
	t := Matrix.new(a.cols, a.rows);
	for(i := 0; i < a.rows; i++)
		for(j := 0; j < a.cols; j++)
			t.m[j][i] = a.m[i][j];
	return t;
}

Matrix.print(a: self ref Matrix, name: string)
{
	sys->print("%s (%dx%d):\n", name, a.rows, a.cols);
	for(i := 0; i < a.rows; i++) {
		for(j := 0; j < a.cols; j++)
			sys->print(" %7.2f", a.m[i][j]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := Matrix.new(2, 3);
	for(i := 0; i < 2; i++)
		for(j := 0; j < 3; j++)
			a.m[i][j] = real (i * 3 + j + 1);
	a.print("a");
	at := a.transpose();
	at.print("a'");
	a.mul(at).print("a*a'");
	at.mul(a).print("a'*a");
	a.mul(Matrix.identity(3)).print("a*I");

	{
		a.mul(a).print("a*a");
	} exception e {
	"fail:*" =>
		sys->print("caught %s\n", e);
	}

	# rows are separate arrays: a row can be shared or replaced
	b := Matrix.new(3, 3);
	b.m[1] = b.m[0];
	b.m[0][2] = 9.5;
	b.m[2] = array[] of {1.0, 2.0, 3.0, 4.0};
	b.print("b (row 1 aliases row 0, row 2 is longer)");
	sys->print("row lengths: %d %d %d\n", len b.m[0], len b.m[1], len b.m[2]);

	# a hand-built matrix whose middle row was never allocated
	s := ref Matrix(3, 2, array[3] of array of real);
	s.m[0] = array[] of {1.0, 0.0};
	s.m[2] = array[] of {0.0, 1.0};
	sys->print("sparse rows present: %d %d %d\n", s.m[0] != nil, s.m[1] != nil, s.m[2] != nil);
	sys->print("transposing the sparse matrix...\n");
	s.transpose().print("s'");
	sys->print("not reached\n");
}
