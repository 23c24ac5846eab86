implement Matrix;

include "sys.m";
	sys: Sys;
include "draw.m";

Matrix: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

mk(r, c: int): array of array of int
{
	m := array[r] of array of int;
	for(i := 0; i < r; i++)
		m[i] = array[c] of {* => 0};
	return m;
}

mul(a, b: array of array of int): array of array of int
{
	n := len a;
	k := len b;
	p := len b[0];
	c := mk(n, p);
	for(i := 0; i < n; i++)
		for(j := 0; j < p; j++) {
			s := 0;
			for(t := 0; t < k; t++)
				s += a[i][t] * b[t][j];
			c[i][j] = s;
		}
	return c;
}

transpose(a: array of array of int): array of array of int
{
	t := mk(len a[0], len a);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len a[i]; j++)
			t[j][i] = a[i][j];
	return t;
}

pr(name: string, m: array of array of int)
{
	sys->print("%s (%dx%d):\n", name, len m, len m[0]);
	for(i := 0; i < len m; i++) {
		for(j := 0; j < len m[i]; j++)
			sys->print(" %4d", m[i][j]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {
		array[] of {1, 2, 3},
		array[] of {4, 5, 6},
	};
	b := array[] of {
		array[] of {7, 8},
		array[] of {9, 10},
		array[] of {11, 12},
	};
	pr("a", a);
	pr("b", b);
	pr("a*b", mul(a, b));
	pr("b*a", mul(b, a));
	pr("a^T", transpose(a));

	# jagged triangle (Pascal)
	tri := array[7] of array of int;
	for(i := 0; i < len tri; i++) {
		tri[i] = array[i + 1] of int;
		tri[i][0] = tri[i][i] = 1;
		for(j := 1; j < i; j++)
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j];
	}
	for(i = 0; i < len tri; i++) {
		s := "";
		for(j := 0; j < len tri[i]; j++)
			s += sys->sprint("%d ", tri[i][j]);
		sys->print("row %d: %s\n", i, s);
	}

	# rows sharing storage
	row := array[] of {0, 0, 0};
	grid := array[3] of {* => row};
	grid[0][1] = 5;
	sys->print("shared rows: %d %d %d\n", grid[0][1], grid[1][1], grid[2][1]);
	grid[1] = array[3] of {1 => 9, * => 1};
	sys->print("after replace: %d %d %d\n", grid[0][1], grid[1][1], grid[1][2]);

	# 3-level
	cube := array[2] of array of array of string;
	for(i = 0; i < 2; i++) {
		cube[i] = array[2] of array of string;
		for(j := 0; j < 2; j++) {
			cube[i][j] = array[2] of string;
			for(k := 0; k < 2; k++)
				cube[i][j][k] = sys->sprint("%d%d%d", i, j, k);
		}
	}
	sys->print("cube[1][0][1]=%s cube[0][1][1]=%s\n", cube[1][0][1], cube[0][1][1]);
}
