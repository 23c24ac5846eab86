implement MatMul;

include "sys.m";
	sys: Sys;
include "draw.m";

MatMul: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Matrix: type array of array of int;

Row: adt {
	idx:	int;
	vals:	array of int;
};

newmat(r, c: int): Matrix
{
	m := array[r] of array of int;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0};
	return m;
}

printmat(name: string, m: Matrix)
{
	sys->print("%s (%dx%d):\n", name, len m, len m[0]);
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++)
			sys->print(" %5d", m[i][j]);
		sys->print("\n");
	}
}

# each worker computes one row of a*b and sends it back
rowworker(i: int, a, b: Matrix, out: chan of Row)
{
	r := array[len b[0]] of int;
	for(j := 0; j < len b[0]; j++){
		s := 0;
		for(k := 0; k < len b; k++)
			s += a[i][k] * b[k][j];
		r[j] = s;
	}
	out <-= Row(i, r);
}

parmul(a, b: Matrix): Matrix
{
	if(len a[0] != len b)
		raise "fail:dimension mismatch";
	out := chan of Row;
	for(i := 0; i < len a; i++)
		spawn rowworker(i, a, b, out);
	c := array[len a] of array of int;
	got := 0;
	for(n := 0; n < len a; n++){
		row := <-out;
		c[row.idx] = row.vals;
		got |= 1 << row.idx;
	}
	sys->print("collected rows mask %ux\n", got);
	return c;
}

identity(n: int): Matrix
{
	m := newmat(n, n);
	for(i := 0; i < n; i++)
		m[i][i] = 1;
	return m;
}

transpose(m: Matrix): Matrix
{
	t := newmat(len m[0], len m);
	for(i := 0; i < len m; i++)
		for(j := 0; j < len m[i]; j++)
			t[j][i] = m[i][j];
	return t;
}

trace(m: Matrix): int
{
	s := 0;
	for(i := 0; i < len m && i < len m[i]; i++)
		s += m[i][i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := newmat(3, 4);
	b := newmat(4, 3);
	for(i := 0; i < 3; i++)
		for(j := 0; j < 4; j++){
			a[i][j] = i*4 + j + 1;
			b[j][i] = (i + 2*j) % 5 - 1;
		}
	printmat("A", a);
	printmat("B", b);
	c := parmul(a, b);
	printmat("A*B", c);
	sys->print("trace(A*B) = %d\n", trace(c));
	f := array[] of {array[] of {1, 1}, array[] of {1, 0}};
	p := identity(2);
	for(k := 1; k <= 10; k++){
		p = parmul(p, f);
		if(k % 5 == 0)
			sys->print("fib matrix ^%d: top-right = %d\n", k, p[0][1]);
	}
	printmat("A^T", transpose(a));
	parmul(a, a);
}
