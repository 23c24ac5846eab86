implement MatrixDemo;

include "sys.m";
	sys: Sys;
include "draw.m";

MatrixDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Mat: type array of array of real;

newmat(r, c: int): Mat
{
	m := array[r] of array of real;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0.0};
	return m;
}

mul(a, b: Mat): Mat
{
	m := newmat(len a, len b[0]);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len b[0]; j++){
			s := 0.0;
			for(k := 0; k < len b; k++)
				s += a[i][k] * b[k][j];
			m[i][j] = s;
		}
	return m;
}

transpose(a: Mat): Mat
{
	m := newmat(len a[0], len a);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len a[0]; j++)
			m[j][i] = a[i][j];
	return m;
}

det3(m: Mat): real
{
	return m[0][0] * (m[1][1]*m[2][2] - m[1][2]*m[2][1])
		- m[0][1] * (m[1][0]*m[2][2] - m[1][2]*m[2][0])
		+ m[0][2] * (m[1][0]*m[2][1] - m[1][1]*m[2][0]);
}

show(name: string, m: Mat)
{
	sys->print("%s (%dx%d)\n", name, len m, len m[0]);
	for(i := 0; i < len m; i++){
		s := "";
		for(j := 0; j < len m[i]; j++)
			s += sys->sprint("%8.2f", m[i][j]);
		sys->print("%s\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {
		array[] of {1.0, 2.0, 3.0},
		array[] of {0.0, 1.0, 4.0},
		array[] of {5.0, 6.0, 0.0},
	};
	b := array[] of {
		array[] of {0.5, -1.0},
		array[] of {2.0, 0.25},
		array[] of {-1.5, 3.0},
	};
	show("A", a);
	show("B", b);
	show("AB", mul(a, b));
	show("Bt", transpose(b));
	show("BtB", mul(transpose(b), b));
	sys->print("det A = %g\n", det3(a));
	id := newmat(3, 3);
	for(i := 0; i < 3; i++)
		id[i][i] = 1.0;
	sys->print("det I = %g, A*I==A %d\n", det3(id), mul(a, id)[2][1] == a[2][1]);
	row := a[1];
	row[0] = 9.0;
	sys->print("shared row a[1][0] = %g\n", a[1][0]);
}
