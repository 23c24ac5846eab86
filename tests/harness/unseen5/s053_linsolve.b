implement LinSolve;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

LinSolve: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	n, m:	int;
	a:	array of array of real;

	new:	fn(n, m: int): ref Matrix;
	mul:	fn(x: self ref Matrix, y: ref Matrix): ref Matrix;
	show:	fn(x: self ref Matrix, name: string);
};

Matrix.new(n, m: int): ref Matrix
{
	a := array[n] of array of real;
	for(i := 0; i < n; i++)
		a[i] = array[m] of {* => 0.0};
	return ref Matrix(n, m, a);
}

Matrix.mul(x: self ref Matrix, y: ref Matrix): ref Matrix
{
	r := Matrix.new(x.n, y.m);
	for(i := 0; i < x.n; i++)
		for(j := 0; j < y.m; j++){
			s := 0.0;
			for(k := 0; k < x.m; k++)
				s += x.a[i][k] * y.a[k][j];
			r.a[i][j] = s;
		}
	return r;
}

Matrix.show(x: self ref Matrix, name: string)
{
	sys->print("%s =\n", name);
	for(i := 0; i < x.n; i++){
		s := "";
		for(j := 0; j < x.m; j++)
			s += sys->sprint(" %9.4f", x.a[i][j]);
		sys->print("  [%s ]\n", s);
	}
}

# Gaussian elimination with partial pivoting; returns (solution, determinant)
solve(m: ref Matrix, b: array of real): (array of real, real)
{
	n := m.n;
	a := array[n] of array of real;
	for(i := 0; i < n; i++){
		a[i] = array[n+1] of real;
		a[i][0:] = m.a[i];
		a[i][n] = b[i];
	}
	det := 1.0;
	for(c := 0; c < n; c++){
		p := c;
		for(r := c+1; r < n; r++)
			if(math->fabs(a[r][c]) > math->fabs(a[p][c]))
				p = r;
		if(math->fabs(a[p][c]) < 1e-12)
			return (nil, 0.0);
		if(p != c){
			(a[p], a[c]) = (a[c], a[p]);
			det = -det;
		}
		det *= a[c][c];
		for(r = c+1; r < n; r++){
			f := a[r][c] / a[c][c];
			for(k := c; k <= n; k++)
				a[r][k] -= f * a[c][k];
		}
	}
	x := array[n] of real;
	for(i = n-1; i >= 0; i--){
		s := a[i][n];
		for(k := i+1; k < n; k++)
			s -= a[i][k] * x[k];
		x[i] = s / a[i][i];
	}
	return (x, det);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	m := Matrix.new(3, 3);
	rows := array[] of {array[] of {2.0, 1.0, -1.0}, array[] of {-3.0, -1.0, 2.0}, array[] of {-2.0, 1.0, 2.0}};
	for(i := 0; i < 3; i++)
		m.a[i][0:] = rows[i];
	m.show("A");
	(x, det) := solve(m, array[] of {8.0, -11.0, -3.0});
	sys->print("det(A) = %.6f\n", det);
	for(i = 0; i < len x; i++)
		sys->print("x%d = %.6f\n", i, x[i]);
	sq := m.mul(m);
	sq.show("A*A");
	# Hilbert matrix: ill conditioned
	h := Matrix.new(4, 4);
	for(i = 0; i < 4; i++)
		for(j := 0; j < 4; j++)
			h.a[i][j] = 1.0 / real (i + j + 1);
	ones := array[] of {1.0, 1.0, 1.0, 1.0};
	(hx, hdet) := solve(h, ones);
	sys->print("det(H4) = %.6e\n", hdet);
	for(i = 0; i < len hx; i++)
		sys->print("h%d = %.4f\n", i, hx[i]);
	s := Matrix.new(2, 2);
	s.a[0][0] = 1.0; s.a[0][1] = 2.0;
	s.a[1][0] = 2.0; s.a[1][1] = 4.0;
	(sx, nil) := solve(s, array[] of {1.0, 2.0});
	sys->print("singular system solvable: %d\n", sx != nil);
}
