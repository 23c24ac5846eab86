implement GaussElim;

include "sys.m";
	sys: Sys;
include "draw.m";

GaussElim: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Singular: exception(int);

fabs(x: real): real
{
	if(x < 0.0)
		return -x;
	return x;
}

solve(a: array of array of real, b: array of real): array of real raises (Singular)
{
	n := len b;
	# work on copies
	m := array[n] of array of real;
	for(i := 0; i < n; i++){
		m[i] = array[n+1] of real;
		m[i][0:] = a[i];
		m[i][n] = b[i];
	}
	for(col := 0; col < n; col++){
		piv := col;
		for(r := col + 1; r < n; r++)
			if(fabs(m[r][col]) > fabs(m[piv][col]))
				piv = r;
		if(fabs(m[piv][col]) < 1e-12)
			raise Singular(col);
		(m[col], m[piv]) = (m[piv], m[col]);
		for(r = col + 1; r < n; r++){
			f := m[r][col] / m[col][col];
			for(c := col; c <= n; c++)
				m[r][c] -= f * m[col][c];
		}
	}
	x := array[n] of {* => 0.0};
	for(i = n - 1; i >= 0; i--){
		s := m[i][n];
		for(j := i + 1; j < n; j++)
			s -= m[i][j] * x[j];
		x[i] = s / m[i][i];
	}
	return x;
}

show(name: string, a: array of array of real, b: array of real)
{
	sys->print("system %s:\n", name);
	for(i := 0; i < len a; i++){
		row := "";
		for(j := 0; j < len a[i]; j++)
			row += sys->sprint("%8.3f", a[i][j]);
		sys->print("  %s | %8.3f\n", row, b[i]);
	}
	{
		x := solve(a, b);
		s := "";
		for(i = 0; i < len x; i++)
			s += sys->sprint(" x%d=%.6g", i, x[i]);
		sys->print("  solution:%s\n", s);
	} exception e {
		Singular =>
			col := e;
			sys->fprint(sys->fildes(2), "  singular at column %d\n", col);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("A",
		array[] of {
			array[] of {2.0, 1.0, -1.0},
			array[] of {-3.0, -1.0, 2.0},
			array[] of {-2.0, 1.0, 2.0},
		},
		array[] of {8.0, -11.0, -3.0});
	show("B",
		array[] of {
			array[] of {1.0, 2.0},
			array[] of {2.0, 4.0},
		},
		array[] of {3.0, 6.0});
	show("C",
		array[] of {
			array[] of {0.0, 1.0, 1.0, 1.0},
			array[] of {1.0, 0.0, 1.0, 1.0},
			array[] of {1.0, 1.0, 0.0, 1.0},
			array[] of {1.0, 1.0, 1.0, 0.0},
		},
		array[] of {3.0, 3.0, 3.0, 3.0});
	show("D",
		array[] of {
			array[] of {1e-3, 1.0},
			array[] of {1.0, 1.0},
		},
		array[] of {1.0, 2.0});
}
