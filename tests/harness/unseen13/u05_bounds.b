implement Matrix;

include "sys.m";
	sys: Sys;
include "draw.m";

Matrix: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Mat: type array of array of int;

mk(r, c: int): Mat
{
	m := array[r] of array of int;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0};
	return m;
}

mul(a, b: Mat): Mat
{
	m := mk(len a, len b[0]);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len b[0]; j++){
			s := 0;
			for(k := 0; k < len b; k++)
				s += a[i][k]*b[k][j];
			m[i][j] = s;
		}
	return m;
}

show(name: string, m: Mat)
{
	sys->print("%s =\n", name);
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++)
			sys->print(" %6d", m[i][j]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := mk(3, 3);
	for(i := 0; i < 3; i++)
		for(j := 0; j < 3; j++)
			a[i][j] = i + 2*j + 1;
	show("A", a);
	p := a;
	for(n := 2; n <= 4; n++){
		p = mul(p, a);
		show(sys->sprint("A^%d", n), p);
	}
	b := mk(3, 2);
	b[0][0] = 1; b[1][1] = 1; b[2][0] = -1;
	show("A*B", mul(a, b));
	# deliberately wrong: B*A with incompatible shape, indexes past b's rows
	sys->print("trace of B*B...\n");
	t := 0;
	for(i = 0; i < 3; i++)
		t += b[i][i];
	sys->print("trace %d\n", t);
}
