implement Matrixops;

include "sys.m";
	sys: Sys;
include "draw.m";

Matrixops: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Matrix: adt {
	r, c:	int;
	v:	array of real;

	new:	fn(r, c: int): ref Matrix;
	ident:	fn(n: int): ref Matrix;
	from:	fn(r, c: int, vals: array of real): ref Matrix;
	at:	fn(m: self ref Matrix, i, j: int): real;
	set:	fn(m: self ref Matrix, i, j: int, x: real);
	mul:	fn(a: self ref Matrix, b: ref Matrix): ref Matrix;
	transpose:	fn(m: self ref Matrix): ref Matrix;
	det:	fn(m: self ref Matrix): real;
	inverse:	fn(m: self ref Matrix): ref Matrix;
	show:	fn(m: self ref Matrix, name: string);
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

Matrix.from(r, c: int, vals: array of real): ref Matrix
{
	if(len vals != r*c)
		raise "matrix: wrong number of values";
	m := Matrix.new(r, c);
	m.v[0:] = vals;
	return m;
}

Matrix.at(m: self ref Matrix, i, j: int): real
{
	return m.v[i*m.c+j];
}

Matrix.set(m: self ref Matrix, i, j: int, x: real)
{
	m.v[i*m.c+j] = x;
}

Matrix.mul(a: self ref Matrix, b: ref Matrix): ref Matrix
{
	if(a.c != b.r)
		raise sys->sprint("matrix: cannot multiply %dx%d by %dx%d", a.r, a.c, b.r, b.c);
	p := Matrix.new(a.r, b.c);
	for(i := 0; i < a.r; i++)
		for(j := 0; j < b.c; j++){
			s := 0.0;
			for(k := 0; k < a.c; k++)
				s += a.at(i, k) * b.at(k, j);
			p.set(i, j, s);
		}
	return p;
}

Matrix.transpose(m: self ref Matrix): ref Matrix
{
	t := Matrix.new(m.c, m.r);
	for(i := 0; i < m.r; i++)
		for(j := 0; j < m.c; j++)
			t.set(j, i, m.at(i, j));
	return t;
}

fabs(x: real): real
{
	if(x < 0.0)
		return -x;
	return x;
}

# Gauss-Jordan on an augmented copy; returns (det, inverse)
gj(m: ref Matrix): (real, ref Matrix)
{
	if(m.r != m.c)
		raise "matrix: not square";
	n := m.r;
	a := Matrix.new(n, 2*n);
	for(i := 0; i < n; i++){
		for(j := 0; j < n; j++)
			a.set(i, j, m.at(i, j));
		a.set(i, n+i, 1.0);
	}
	det := 1.0;
	for(col := 0; col < n; col++){
		piv := col;
		for(i = col+1; i < n; i++)
			if(fabs(a.at(i, col)) > fabs(a.at(piv, col)))
				piv = i;
		if(fabs(a.at(piv, col)) < 1e-12)
			return (0.0, nil);
		if(piv != col){
			for(j := 0; j < 2*n; j++){
				t := a.at(col, j);
				a.set(col, j, a.at(piv, j));
				a.set(piv, j, t);
			}
			det = -det;
		}
		p := a.at(col, col);
		det *= p;
		for(j := 0; j < 2*n; j++)
			a.set(col, j, a.at(col, j)/p);
		for(i = 0; i < n; i++)
			if(i != col){
				f := a.at(i, col);
				for(j = 0; j < 2*n; j++)
					a.set(i, j, a.at(i, j) - f*a.at(col, j));
			}
	}
	inv := Matrix.new(n, n);
	for(i = 0; i < n; i++)
		for(j := 0; j < n; j++)
			inv.set(i, j, a.at(i, n+j));
	return (det, inv);
}

Matrix.det(m: self ref Matrix): real
{
	(d, nil) := gj(m);
	return d;
}

Matrix.inverse(m: self ref Matrix): ref Matrix
{
	(nil, inv) := gj(m);
	return inv;
}

Matrix.show(m: self ref Matrix, name: string)
{
	sys->print("%s (%dx%d):\n", name, m.r, m.c);
	for(i := 0; i < m.r; i++){
		s := "";
		for(j := 0; j < m.c; j++){
			x := m.at(i, j);
			if(fabs(x) < 1e-9)
				x = 0.0;
			s += sys->sprint(" %8.3f", x);
		}
		sys->print("%s\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Matrix.from(3, 3, array[] of {2.0, 1.0, 1.0, 1.0, 3.0, 2.0, 1.0, 0.0, 0.0});
	b := Matrix.from(3, 2, array[] of {1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
	a.show("A");
	a.mul(b).show("A*B");
	b.transpose().show("B'");
	sys->print("det A = %.4f\n", a.det());
	inv := a.inverse();
	inv.show("inv A");
	a.mul(inv).show("A*inv A");
	sing := Matrix.from(2, 2, array[] of {1.0, 2.0, 2.0, 4.0});
	sys->print("singular inverse nil: %d det %g\n", sing.inverse() == nil, sing.det());
	errs := 0;
	for(t := 0; t < 3; t++){
		{
			case t {
			0 => b.mul(b);
			1 => b.det();
			2 => Matrix.from(2, 2, array[] of {1.0});
			}
		}exception e{
		"matrix:*" =>
			errs++;
			sys->print("error: %s\n", e);
		}
	}
	sys->print("%d errors\n", errs);
	sys->print("I3*A == A: %d\n", Matrix.ident(3).mul(a).at(1, 2) == a.at(1, 2));
}
