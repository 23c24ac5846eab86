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

new(r, c: int): Mat
{
	m := array[r] of array of real;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0.0};
	return m;
}

identity(n: int): Mat
{
	m := new(n, n);
	for(i := 0; i < n; i++)
		m[i][i] = 1.0;
	return m;
}

mul(a, b: Mat): Mat
{
	if(len a[0] != len b)
		raise "matrix: shape mismatch";
	c := new(len a, len b[0]);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len b[0]; j++){
			s := 0.0;
			for(k := 0; k < len b; k++)
				s += a[i][k] * b[k][j];
			c[i][j] = s;
		}
	return c;
}

transpose(a: Mat): Mat
{
	t := new(len a[0], len a);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len a[i]; j++)
			t[j][i] = a[i][j];
	return t;
}

copy(a: Mat): Mat
{
	c := new(len a, len a[0]);
	for(i := 0; i < len a; i++)
		c[i][0:] = a[i];
	return c;
}

# gaussian elimination with partial pivoting; rows are swapped by reference
det(a: Mat): real
{
	m := copy(a);
	n := len m;
	d := 1.0;
	for(col := 0; col < n; col++){
		p := col;
		for(r := col+1; r < n; r++)
			if(math->fabs(m[r][col]) > math->fabs(m[p][col]))
				p = r;
		if(math->fabs(m[p][col]) < 1e-12)
			return 0.0;
		if(p != col){
			(m[p], m[col]) = (m[col], m[p]);
			d = -d;
		}
		d *= m[col][col];
		for(r = col+1; r < n; r++){
			f := m[r][col] / m[col][col];
			for(k := col; k < n; k++)
				m[r][k] -= f * m[col][k];
		}
	}
	return d;
}

show(name: string, m: Mat)
{
	sys->print("%s (%dx%d)\n", name, len m, len m[0]);
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++)
			sys->print(" %8.3f", m[i][j]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := array[] of {
		array[] of {2.0, -1.0, 0.0},
		array[] of {-1.0, 2.0, -1.0},
		array[] of {0.0, -1.0, 2.0},
	};
	b := array[] of {
		array[] of {1.0, 2.0},
		array[] of {0.5, 0.0},
		array[] of {-3.0, 4.0},
	};
	show("A", a);
	show("B", b);
	show("A*B", mul(a, b));
	show("Bt", transpose(b));
	show("Bt*B", mul(transpose(b), b));
	sys->print("det A = %g\n", det(a));
	sys->print("det I4 = %g\n", det(identity(4)));
	sing := array[] of { array[] of {1.0, 2.0}, array[] of {2.0, 4.0} };
	sys->print("det singular = %g\n", det(sing));
	perm := array[] of {
		array[] of {0.0, 1.0, 0.0},
		array[] of {0.0, 0.0, 1.0},
		array[] of {1.0, 0.0, 0.0},
	};
	sys->print("det perm = %g\n", det(perm));
	p3 := mul(mul(perm, perm), perm);
	sys->print("perm^3 == I: %d\n", det(p3) == 1.0 && p3[0][0] == 1.0 && p3[2][2] == 1.0);
	# ragged rows share storage: alias one row twice
	r := new(2, 3);
	r[1] = r[0];
	r[0][1] = 9.5;
	show("aliased", r);
	sys->print("B*A?\n");
	show("B*A", mul(b, a));
}
