implement MatRows;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MatRows: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Matrix: type array of array of real;

N: con 5;

# compute one row of a*b; each worker owns exactly one output row
rowworker(r: int, a, b: Matrix, out: chan of (int, array of real))
{
	row := array[len b[0]] of {* => 0.0};
	for(j := 0; j < len row; j++)
		for(k := 0; k < len b; k++)
			row[j] += a[r][k] * b[k][j];
	out <-= (r, row);
}

pmul(a, b: Matrix): Matrix
{
	out := chan of (int, array of real);
	for(i := 0; i < len a; i++)
		spawn rowworker(i, a, b, out);
	c := array[len a] of array of real;
	# rows come back in any order; the index puts them in place
	for(i = 0; i < len a; i++){
		(r, row) := <-out;
		c[r] = row;
	}
	return c;
}

rotation(deg: real): Matrix
{
	t := deg * Math->Degree;
	m := identity(N);
	m[0][0] = math->cos(t);
	m[0][1] = -math->sin(t);
	m[1][0] = math->sin(t);
	m[1][1] = math->cos(t);
	return m;
}

identity(n: int): Matrix
{
	m := array[n] of array of real;
	for(i := 0; i < n; i++){
		m[i] = array[n] of {* => 0.0};
		m[i][i] = 1.0;
	}
	return m;
}

hilbert(n: int): Matrix
{
	m := array[n] of array of real;
	for(i := 0; i < n; i++){
		m[i] = array[n] of real;
		for(j := 0; j < n; j++)
			m[i][j] = 1.0 / real (i + j + 1);
	}
	return m;
}

frob(m: Matrix): real
{
	s := 0.0;
	for(i := 0; i < len m; i++)
		for(j := 0; j < len m[i]; j++)
			s += m[i][j] * m[i][j];
	return math->sqrt(s);
}

show(title: string, m: Matrix)
{
	sys->print("%s (norm %.4f)\n", title, frob(m));
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++){
			v := m[i][j];
			if(math->fabs(v) < 1e-9)
				v = 0.0;	# avoid printing -0.000
			sys->print(" %8.4f", v);
		}
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	if(math == nil){
		sys->fprint(sys->fildes(2), "cannot load Math: %r\n");
		raise "fail:load";
	}
	h := hilbert(N);
	show("hilbert", h);
	hh := pmul(h, h);
	show("hilbert squared", hh);

	# twelve 30-degree rotations come back to the identity
	r := rotation(30.0);
	acc := identity(N);
	for(i := 0; i < 12; i++)
		acc = pmul(acc, r);
	show("rotation^12", acc);
	err := 0.0;
	id := identity(N);
	for(i = 0; i < N; i++)
		for(j := 0; j < N; j++)
			err = math->fmax(err, math->fabs(acc[i][j] - id[i][j]));
	sys->print("max deviation from identity below 1e-12: %d\n", err < 1e-12);
}
