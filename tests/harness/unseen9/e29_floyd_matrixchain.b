implement FloydChain;

include "sys.m";
	sys: Sys;
include "draw.m";

FloydChain: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

INF: con 1000000;

floyd(d: array of array of int): array of array of int
{
	n := len d;
	next := array[n] of array of int;
	for(i := 0; i < n; i++){
		next[i] = array[n] of {* => -1};
		for(j := 0; j < n; j++)
			if(d[i][j] < INF)
				next[i][j] = j;
	}
	for(k := 0; k < n; k++)
		for(i = 0; i < n; i++)
			for(j := 0; j < n; j++)
				if(d[i][k] + d[k][j] < d[i][j]){
					d[i][j] = d[i][k] + d[k][j];
					next[i][j] = next[i][k];
				}
	return next;
}

path(next: array of array of int, u, v: int): string
{
	if(next[u][v] < 0)
		return "none";
	s := string u;
	while(u != v){
		u = next[u][v];
		s += "-" + string u;
	}
	return s;
}

# matrix chain: minimum scalar multiplications and the bracketing
chain(dims: array of int): (int, string)
{
	n := len dims - 1;
	m := array[n] of array of int;
	split := array[n] of array of int;
	for(i := 0; i < n; i++){
		m[i] = array[n] of {* => 0};
		split[i] = array[n] of {* => 0};
	}
	for(l := 2; l <= n; l++)
		for(i = 0; i + l - 1 < n; i++){
			j := i + l - 1;
			m[i][j] = -1;
			for(k := i; k < j; k++){
				c := m[i][k] + m[k+1][j] + dims[i]*dims[k+1]*dims[j+1];
				if(m[i][j] < 0 || c < m[i][j]){
					m[i][j] = c;
					split[i][j] = k;
				}
			}
		}
	return (m[0][n-1], paren(split, 0, n-1));
}

paren(s: array of array of int, i, j: int): string
{
	if(i == j)
		return sys->sprint("%c", 'A' + i);
	return "(" + paren(s, i, s[i][j]) + paren(s, s[i][j]+1, j) + ")";
}

# naive left-to-right cost for comparison
naive(dims: array of int): int
{
	c := 0;
	for(k := 1; k < len dims - 1; k++)
		c += dims[0]*dims[k]*dims[k+1];
	return c;
}

# actually multiply small integer matrices to show the bracketing doesn't change the result
Mat: type array of array of int;

mkmat(r, c, seed: int): Mat
{
	m := array[r] of array of int;
	for(i := 0; i < r; i++){
		m[i] = array[c] of int;
		for(j := 0; j < c; j++){
			seed = (seed * 31 + 7) % 101;
			m[i][j] = seed % 5 - 2;
		}
	}
	return m;
}

mul(a, b: Mat): Mat
{
	r := array[len a] of array of int;
	for(i := 0; i < len a; i++){
		r[i] = array[len b[0]] of {* => 0};
		for(k := 0; k < len b; k++)
			for(j := 0; j < len b[0]; j++)
				r[i][j] += a[i][k] * b[k][j];
	}
	return r;
}

msum(a: Mat): int
{
	s := 0;
	for(i := 0; i < len a; i++)
		for(j := 0; j < len a[i]; j++)
			s = s*3 + a[i][j];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	n := 6;
	d := array[n] of array of int;
	for(i := 0; i < n; i++){
		d[i] = array[n] of {* => INF};
		d[i][i] = 0;
	}
	arcs := array[] of {(0,1,3), (0,2,8), (0,4,-4), (1,3,1), (1,4,7), (2,1,4), (3,0,2), (3,2,-5), (4,3,6)};
	for(i = 0; i < len arcs; i++){
		(u, v, w) := arcs[i];
		d[u][v] = w;
	}
	next := floyd(d);
	sys->print("all-pairs shortest paths (node 5 isolated):\n    ");
	for(j := 0; j < n; j++)
		sys->print("%5d", j);
	sys->print("\n");
	for(i = 0; i < n; i++){
		sys->print("%3d:", i);
		for(j = 0; j < n; j++)
			if(d[i][j] >= INF/2)
				sys->print("%5s", "inf");
			else
				sys->print("%5d", d[i][j]);
		sys->print("\n");
	}
	sys->print("path 1->2: %s, 4->1: %s, 2->5: %s\n", path(next, 1, 2), path(next, 4, 1), path(next, 2, 5));

	neg := 0;
	for(i = 0; i < n; i++)
		if(d[i][i] < 0)
			neg = 1;
	sys->print("negative cycle: %d\n", neg);

	chains := array[] of {
		array[] of {10, 30, 5, 60},
		array[] of {40, 20, 30, 10, 30},
		array[] of {30, 35, 15, 5, 10, 20, 25},
		array[] of {5, 10, 3, 12, 5, 50, 6},
	};
	for(i = 0; i < len chains; i++){
		(cost, br) := chain(chains[i]);
		sys->print("dims");
		for(j = 0; j < len chains[i]; j++)
			sys->print(" %d", chains[i][j]);
		sys->print(": best %d %s, left-to-right %d\n", cost, br, naive(chains[i]));
	}

	a := mkmat(4, 6, 1);
	b := mkmat(6, 2, 2);
	c := mkmat(2, 5, 3);
	left := mul(mul(a, b), c);
	right := mul(a, mul(b, c));
	sys->print("(AB)C == A(BC): %d, checksum %d\n", msum(left) == msum(right), msum(left));
}
