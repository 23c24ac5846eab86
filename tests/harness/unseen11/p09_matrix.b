implement Matrix;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Matrix: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Mat: type array of array of real;

newmat(r, c: int): Mat
{
	m := array[r] of array of real;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0.0};
	return m;
}

identity(n: int): Mat
{
	m := newmat(n, n);
	for(i := 0; i < n; i++)
		m[i][i] = 1.0;
	return m;
}

mul(a, b: Mat): Mat
{
	if(len a[0] != len b)
		raise "mul: shape mismatch";
	c := newmat(len a, len b[0]);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len b[0]; j++){
			s := 0.0;
			for(k := 0; k < len b; k++)
				s += a[i][k] * b[k][j];
			c[i][j] = s;
		}
	return c;
}

copy(a: Mat): Mat
{
	c := newmat(len a, len a[0]);
	for(i := 0; i < len a; i++)
		c[i][0:] = a[i];
	return c;
}

# Gauss-Jordan with partial pivoting; returns (determinant, inverse or nil)
invert(a0: Mat): (real, Mat)
{
	n := len a0;
	a := copy(a0);
	inv := identity(n);
	det := 1.0;
	for(col := 0; col < n; col++){
		piv := col;
		for(r := col + 1; r < n; r++)
			if(math->fabs(a[r][col]) > math->fabs(a[piv][col]))
				piv = r;
		if(math->fabs(a[piv][col]) < 1e-12)
			return (0.0, nil);
		if(piv != col){
			(a[piv], a[col]) = (a[col], a[piv]);
			(inv[piv], inv[col]) = (inv[col], inv[piv]);
			det = -det;
		}
		p := a[col][col];
		det *= p;
		for(j := 0; j < n; j++){
			a[col][j] /= p;
			inv[col][j] /= p;
		}
		for(r = 0; r < n; r++){
			if(r == col || a[r][col] == 0.0)
				continue;
			f := a[r][col];
			for(j = 0; j < n; j++){
				a[r][j] -= f * a[col][j];
				inv[r][j] -= f * inv[col][j];
			}
		}
	}
	return (det, inv);
}

show(name: string, m: Mat)
{
	sys->print("%s =\n", name);
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++){
			v := m[i][j];
			if(math->fabs(v) < 5e-10)
				v = 0.0;	# avoid printing -0.000
			sys->print(" %9.4f", v);
		}
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	a := array[] of {
		array[] of {2.0, 1.0, -1.0},
		array[] of {-3.0, -1.0, 2.0},
		array[] of {-2.0, 1.0, 2.0},
	};
	show("A", a);
	(det, inv) := invert(a);
	sys->print("det(A) = %g\n", det);
	show("inv(A)", inv);
	show("A*inv(A)", mul(a, inv));

	# solve A x = b
	b := array[] of {array[] of {8.0}, array[] of {-11.0}, array[] of {-3.0}};
	show("x", mul(inv, b));

	# Hilbert matrix: badly conditioned
	for(n := 2; n <= 6; n += 2){
		h := newmat(n, n);
		for(i := 0; i < n; i++)
			for(j := 0; j < n; j++)
				h[i][j] = 1.0 / real (i + j + 1);
		(d, hi) := invert(h);
		err := 0.0;
		p := mul(h, hi);
		for(i = 0; i < n; i++)
			for(j = 0; j < n; j++){
				e := p[i][j];
				if(i == j)
					e -= 1.0;
				err += math->fabs(e);
			}
		sys->print("hilbert %d: det=%.6e residual<1e-6: %d\n", n, d, err < 1e-6);
	}

	sing := array[] of {array[] of {1.0, 2.0}, array[] of {2.0, 4.0}};
	(ds, si) := invert(sing);
	sys->print("singular: det=%g inverse nil=%d\n", ds, si == nil);

	# cross-check with Math->gemm (row-major data passed as transposes)
	fa := array[9] of real;
	fb := array[9] of real;
	for(i := 0; i < 9; i++){
		fa[i] = real (i + 1);
		fb[i] = real (9 - i);
	}
	fc := array[9] of {* => 0.0};
	math->gemm('N', 'N', 3, 3, 3, 1.0, fa, 3, fb, 3, 0.0, fc, 3);
	sys->print("gemm:");
	for(i = 0; i < 9; i++)
		sys->print(" %g", fc[i]);
	sys->print("\n");
	{
		mul(a, sing);
	} exception e {
	"mul:*" =>
		sys->print("caught: %s\n", e);
	}
}
