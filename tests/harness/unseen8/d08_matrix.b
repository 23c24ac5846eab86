implement MatCalc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MatCalc: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Matrix: adt {
	r, c: int;
	a: array of array of real;

	new: fn(r, c: int): ref Matrix;
	from: fn(r, c: int, v: array of real): ref Matrix;
	identity: fn(n: int): ref Matrix;
	mul: fn(m: self ref Matrix, n: ref Matrix): ref Matrix;
	transpose: fn(m: self ref Matrix): ref Matrix;
	det: fn(m: self ref Matrix): real;
	inverse: fn(m: self ref Matrix): ref Matrix;
	print: fn(m: self ref Matrix, title: string);
};

Matrix.new(r, c: int): ref Matrix
{
	a := array[r] of array of real;
	for(i := 0; i < r; i++)
		a[i] = array[c] of {* => 0.0};
	return ref Matrix(r, c, a);
}

Matrix.from(r, c: int, v: array of real): ref Matrix
{
	m := Matrix.new(r, c);
	for(i := 0; i < r; i++)
		for(j := 0; j < c; j++)
			m.a[i][j] = v[i*c + j];
	return m;
}

Matrix.identity(n: int): ref Matrix
{
	m := Matrix.new(n, n);
	for(i := 0; i < n; i++)
		m.a[i][i] = 1.0;
	return m;
}

Matrix.mul(m: self ref Matrix, n: ref Matrix): ref Matrix
{
	if(m.c != n.r)
		raise sys->sprint("matrix:shape mismatch %dx%d * %dx%d", m.r, m.c, n.r, n.c);
	p := Matrix.new(m.r, n.c);
	for(i := 0; i < m.r; i++)
		for(j := 0; j < n.c; j++){
			s := 0.0;
			for(k := 0; k < m.c; k++)
				s += m.a[i][k] * n.a[k][j];
			p.a[i][j] = s;
		}
	return p;
}

Matrix.transpose(m: self ref Matrix): ref Matrix
{
	t := Matrix.new(m.c, m.r);
	for(i := 0; i < m.r; i++)
		for(j := 0; j < m.c; j++)
			t.a[j][i] = m.a[i][j];
	return t;
}

copy(m: ref Matrix): ref Matrix
{
	n := Matrix.new(m.r, m.c);
	for(i := 0; i < m.r; i++)
		n.a[i][0:] = m.a[i];
	return n;
}

Matrix.det(m: self ref Matrix): real
{
	if(m.r != m.c)
		raise "matrix:det of non-square matrix";
	w := copy(m);
	d := 1.0;
	n := m.r;
	for(col := 0; col < n; col++){
		piv := col;
		for(i := col+1; i < n; i++)
			if(math->fabs(w.a[i][col]) > math->fabs(w.a[piv][col]))
				piv = i;
		if(math->fabs(w.a[piv][col]) < 1e-12)
			return 0.0;
		if(piv != col){
			(w.a[piv], w.a[col]) = (w.a[col], w.a[piv]);
			d = -d;
		}
		d *= w.a[col][col];
		for(i = col+1; i < n; i++){
			f := w.a[i][col] / w.a[col][col];
			for(j := col; j < n; j++)
				w.a[i][j] -= f * w.a[col][j];
		}
	}
	return d;
}

Matrix.inverse(m: self ref Matrix): ref Matrix
{
	n := m.r;
	w := copy(m);
	inv := Matrix.identity(n);
	for(col := 0; col < n; col++){
		piv := col;
		for(i := col+1; i < n; i++)
			if(math->fabs(w.a[i][col]) > math->fabs(w.a[piv][col]))
				piv = i;
		if(math->fabs(w.a[piv][col]) < 1e-12)
			raise "matrix:singular";
		(w.a[piv], w.a[col]) = (w.a[col], w.a[piv]);
		(inv.a[piv], inv.a[col]) = (inv.a[col], inv.a[piv]);
		p := w.a[col][col];
		for(j := 0; j < n; j++){
			w.a[col][j] /= p;
			inv.a[col][j] /= p;
		}
		for(i = 0; i < n; i++){
			if(i == col)
				continue;
			f := w.a[i][col];
			for(j = 0; j < n; j++){
				w.a[i][j] -= f * w.a[col][j];
				inv.a[i][j] -= f * inv.a[col][j];
			}
		}
	}
	return inv;
}

clean(x: real): real
{
	if(math->fabs(x) < 5e-10)
		return 0.0;
	return x;
}

Matrix.print(m: self ref Matrix, title: string)
{
	sys->print("%s (%dx%d):\n", title, m.r, m.c);
	for(i := 0; i < m.r; i++){
		s := "  [";
		for(j := 0; j < m.c; j++)
			s += sys->sprint(" %9.4f", clean(m.a[i][j]));
		sys->print("%s ]\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := Matrix.from(3, 3, array[] of {2.0, 1.0, -1.0, -3.0, -1.0, 2.0, -2.0, 1.0, 2.0});
	b := Matrix.from(3, 2, array[] of {1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
	a.print("A");
	b.print("B");
	a.mul(b).print("A*B");
	b.transpose().print("B'");
	b.transpose().mul(b).print("B'B");
	sys->print("det(A) = %.4f\n", a.det());
	ai := a.inverse();
	ai.print("inv(A)");
	a.mul(ai).print("A*inv(A)");
	# solve A x = rhs via the inverse
	rhs := Matrix.from(3, 1, array[] of {8.0, -11.0, -3.0});
	x := ai.mul(rhs);
	sys->print("solution x = %.4f y = %.4f z = %.4f\n", x.a[0][0], x.a[1][0], x.a[2][0]);
	h := Matrix.new(4, 4);
	for(i := 0; i < 4; i++)
		for(j := 0; j < 4; j++)
			h.a[i][j] = 1.0 / real (i + j + 1);
	sys->print("det(hilbert4) = %.8g\n", h.det());
	h.inverse().print("inv(hilbert4)");
	sing := Matrix.from(2, 2, array[] of {1.0, 2.0, 2.0, 4.0});
	sys->print("det(sing) = %g\n", sing.det());
	{
		sing.inverse().print("never");
	} exception e {
	"matrix:*" =>
		sys->print("inverse failed: %s\n", e[7:]);
	}
	{
		a.mul(b.transpose());
	} exception e {
	"matrix:*" =>
		sys->print("multiply failed: %s\n", e[7:]);
	}
}
