implement MatrixLab;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MatrixLab: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	r, c:	int;
	a:	array of real;
	new:	fn(r, c: int): ref Matrix;
	ident:	fn(n: int): ref Matrix;
	from:	fn(r, c: int, v: array of real): ref Matrix;
	get:	fn(m: self ref Matrix, i, j: int): real;
	set:	fn(m: self ref Matrix, i, j: int, v: real);
	mul:	fn(m: self ref Matrix, n: ref Matrix): ref Matrix;
	transpose:	fn(m: self ref Matrix): ref Matrix;
	copy:	fn(m: self ref Matrix): ref Matrix;
	show:	fn(m: self ref Matrix, name: string);
};

LU: adt {
	m:	ref Matrix;
	perm:	array of int;
	sign:	int;
	decompose:	fn(a: ref Matrix): ref LU;
	det:	fn(lu: self ref LU): real;
	solve:	fn(lu: self ref LU, b: array of real): array of real;
};

Matrix.new(r, c: int): ref Matrix
{
	return ref Matrix(r, c, array[r*c] of {* => 0.0});
}

Matrix.ident(n: int): ref Matrix
{
	m := Matrix.new(n, n);
	for(i := 0; i < n; i++)
		m.set(i, i, 1.0);
	return m;
}

Matrix.from(r, c: int, v: array of real): ref Matrix
{
	m := Matrix.new(r, c);
	m.a[0:] = v;
	return m;
}

Matrix.get(m: self ref Matrix, i, j: int): real { return m.a[i*m.c + j]; }
Matrix.set(m: self ref Matrix, i, j: int, v: real) { m.a[i*m.c + j] = v; }

Matrix.mul(m: self ref Matrix, n: ref Matrix): ref Matrix
{
	if(m.c != n.r) raise sys->sprint("matrix: shape %dx%d * %dx%d", m.r, m.c, n.r, n.c);
	p := Matrix.new(m.r, n.c);
	for(i := 0; i < m.r; i++)
		for(j := 0; j < n.c; j++){
			s := 0.0;
			for(k := 0; k < m.c; k++)
				s += m.get(i, k) * n.get(k, j);
			p.set(i, j, s);
		}
	return p;
}

Matrix.transpose(m: self ref Matrix): ref Matrix
{
	t := Matrix.new(m.c, m.r);
	for(i := 0; i < m.r; i++)
		for(j := 0; j < m.c; j++)
			t.set(j, i, m.get(i, j));
	return t;
}

Matrix.copy(m: self ref Matrix): ref Matrix { return Matrix.from(m.r, m.c, m.a); }

Matrix.show(m: self ref Matrix, name: string)
{
	sys->print("%s =\n", name);
	for(i := 0; i < m.r; i++){
		sys->print("  [");
		for(j := 0; j < m.c; j++){
			v := m.get(i, j);
			if(math->fabs(v) < 1e-9)
				v = 0.0;
			sys->print(" %8.3f", v);
		}
		sys->print(" ]\n");
	}
}

LU.decompose(a: ref Matrix): ref LU
{
	n := a.r;
	m := a.copy();
	(perm, sign) := (array[n] of int, 1);
	for(i := 0; i < n; i++)
		perm[i] = i;
	for(k := 0; k < n; k++){
		p := k;
		for(i = k+1; i < n; i++)
			if(math->fabs(m.get(i, k)) > math->fabs(m.get(p, k)))
				p = i;
		if(math->fabs(m.get(p, k)) < 1e-12) raise "matrix: singular";
		if(p != k){
			for(j := 0; j < n; j++){
				t := m.get(k, j);
				m.set(k, j, m.get(p, j));
				m.set(p, j, t);
			}
			(perm[k], perm[p]) = (perm[p], perm[k]);
			sign = -sign;
		}
		for(i = k+1; i < n; i++){
			f := m.get(i, k) / m.get(k, k);
			m.set(i, k, f);
			for(j := k+1; j < n; j++)
				m.set(i, j, m.get(i, j) - f * m.get(k, j));
		}
	}
	return ref LU(m, perm, sign);
}

LU.det(lu: self ref LU): real
{
	d := real lu.sign;
	for(i := 0; i < lu.m.r; i++)
		d *= lu.m.get(i, i);
	return d;
}

LU.solve(lu: self ref LU, b: array of real): array of real
{
	n := lu.m.r;
	x := array[n] of real;
	for(i := 0; i < n; i++){
		s := b[lu.perm[i]];
		for(j := 0; j < i; j++)
			s -= lu.m.get(i, j) * x[j];
		x[i] = s;
	}
	for(i = n-1; i >= 0; i--){
		s := x[i];
		for(j := i+1; j < n; j++)
			s -= lu.m.get(i, j) * x[j];
		x[i] = s / lu.m.get(i, i);
	}
	return x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := Matrix.from(3, 3, array[] of {2.0, 1.0, -1.0, -3.0, -1.0, 2.0, -2.0, 1.0, 2.0});
	a.show("A");
	lu := LU.decompose(a);
	sys->print("det(A) = %g\n", lu.det());
	x := lu.solve(array[] of {8.0, -11.0, -3.0});
	sys->print("solve A x = (8,-11,-3): x = (%g, %g, %g)\n", x[0], x[1], x[2]);
	inv := Matrix.new(3, 3);
	for(j := 0; j < 3; j++){
		e := array[3] of {* => 0.0};
		e[j] = 1.0;
		col := lu.solve(e);
		for(i := 0; i < 3; i++)
			inv.set(i, j, col[i]);
	}
	inv.show("inverse(A)");
	a.mul(inv).show("A * inverse(A)");
	r := Matrix.from(2, 3, array[] of {1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
	r.mul(r.transpose()).show("R * R^T");
	tests := array[] of {
		Matrix.from(2, 2, array[] of {1.0, 2.0, 2.0, 4.0}),
		Matrix.ident(4),
	};
	for(i := 0; i < len tests; i++){
		{
			sys->print("det = %g\n", LU.decompose(tests[i]).det());
		} exception e {
		"matrix:*" =>
			sys->fprint(sys->fildes(2), "%s\n", e);
		}
	}
	{
		r.mul(r);
	} exception e {
	"matrix:*" =>
		sys->fprint(sys->fildes(2), "%s\n", e);
	}
}
