implement Matrix;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Matrix: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Mat: adt {
	n:	int;
	a:	array of array of real;

	new:	fn(n: int): ref Mat;
	ident:	fn(n: int): ref Mat;
	from:	fn(rows: array of array of real): ref Mat;
	mul:	fn(x: self ref Mat, y: ref Mat): ref Mat;
	det:	fn(m: self ref Mat): real;
	inverse:	fn(m: self ref Mat): ref Mat;
	print:	fn(m: self ref Mat, title: string);
};

Mat.new(n: int): ref Mat
{
	a := array[n] of array of real;
	for(i := 0; i < n; i++)
		a[i] = array[n] of {* => 0.0};
	return ref Mat(n, a);
}

Mat.ident(n: int): ref Mat
{
	m := Mat.new(n);
	for(i := 0; i < n; i++)
		m.a[i][i] = 1.0;
	return m;
}

Mat.from(rows: array of array of real): ref Mat
{
	m := Mat.new(len rows);
	for(i := 0; i < m.n; i++)
		m.a[i][0:] = rows[i];
	return m;
}

Mat.mul(x: self ref Mat, y: ref Mat): ref Mat
{
	r := Mat.new(x.n);
	for(i := 0; i < x.n; i++)
		for(j := 0; j < x.n; j++){
			s := 0.0;
			for(k := 0; k < x.n; k++)
				s += x.a[i][k] * y.a[k][j];
			r.a[i][j] = s;
		}
	return r;
}

copy(m: ref Mat): ref Mat
{
	c := Mat.new(m.n);
	for(i := 0; i < m.n; i++)
		c.a[i][0:] = m.a[i];
	return c;
}

Mat.det(m: self ref Mat): real
{
	c := copy(m);
	d := 1.0;
	n := c.n;
	for(col := 0; col < n; col++){
		piv := col;
		for(r := col+1; r < n; r++)
			if(math->fabs(c.a[r][col]) > math->fabs(c.a[piv][col]))
				piv = r;
		if(math->fabs(c.a[piv][col]) < 1e-12)
			return 0.0;
		if(piv != col){
			(c.a[piv], c.a[col]) = (c.a[col], c.a[piv]);
			d = -d;
		}
		d *= c.a[col][col];
		for(r = col+1; r < n; r++){
			f := c.a[r][col] / c.a[col][col];
			for(k := col; k < n; k++)
				c.a[r][k] -= f * c.a[col][k];
		}
	}
	return d;
}

Mat.inverse(m: self ref Mat): ref Mat
{
	n := m.n;
	c := copy(m);
	inv := Mat.ident(n);
	for(col := 0; col < n; col++){
		piv := col;
		for(r := col+1; r < n; r++)
			if(math->fabs(c.a[r][col]) > math->fabs(c.a[piv][col]))
				piv = r;
		if(math->fabs(c.a[piv][col]) < 1e-12)
			raise "singular matrix";
		(c.a[piv], c.a[col]) = (c.a[col], c.a[piv]);
		(inv.a[piv], inv.a[col]) = (inv.a[col], inv.a[piv]);
		p := c.a[col][col];
		for(k := 0; k < n; k++){
			c.a[col][k] /= p;
			inv.a[col][k] /= p;
		}
		for(r = 0; r < n; r++)
			if(r != col){
				f := c.a[r][col];
				for(k = 0; k < n; k++){
					c.a[r][k] -= f * c.a[col][k];
					inv.a[r][k] -= f * inv.a[col][k];
				}
			}
	}
	return inv;
}

Mat.print(m: self ref Mat, title: string)
{
	sys->print("%s:\n", title);
	for(i := 0; i < m.n; i++){
		s := "";
		for(j := 0; j < m.n; j++){
			v := m.a[i][j];
			if(math->fabs(v) < 5e-10)
				v = 0.0;
			s += sys->sprint(" %9.4f", v);
		}
		sys->print("%s\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := Mat.from(array[] of {
		array[] of {2.0, -1.0, 0.0},
		array[] of {-1.0, 2.0, -1.0},
		array[] of {0.0, -1.0, 2.0},
	});
	a.print("A");
	sys->print("det A = %g\n", a.det());
	ai := a.inverse();
	ai.print("inv A");
	a.mul(ai).print("A * inv A");
	# Hilbert matrices
	for(n := 2; n <= 6; n++){
		h := Mat.new(n);
		for(i := 0; i < n; i++)
			for(j := 0; j < n; j++)
				h.a[i][j] = 1.0 / real (i + j + 1);
		sys->print("hilbert %d det %.6e log10 %.3f\n", n, h.det(), math->log10(h.det()));
	}
	# rotation matrix
	r := Mat.new(2);
	th := math->Pi / 6.0;
	r.a[0][0] = math->cos(th); r.a[0][1] = -math->sin(th);
	r.a[1][0] = math->sin(th); r.a[1][1] = math->cos(th);
	r6 := Mat.ident(2);
	for(k := 0; k < 6; k++)
		r6 = r6.mul(r);
	r6.print("R^6 (180 deg)");
	sys->print("det R = %.10f\n", r.det());
	s := Mat.from(array[] of {array[] of {1.0, 2.0}, array[] of {2.0, 4.0}});
	sys->print("det S = %g\n", s.det());
	{
		s.inverse();
	} exception e {
	"singular*" =>
		sys->print("inverse failed: %s\n", e);
	}
}
