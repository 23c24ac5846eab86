implement LcsLis;

include "sys.m";
	sys: Sys;
include "draw.m";

LcsLis: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

lcs(a, b: string): string
{
	m := len a;
	n := len b;
	L := array[m+1] of array of int;
	for(i := 0; i <= m; i++)
		L[i] = array[n+1] of {* => 0};
	for(i = m-1; i >= 0; i--)
		for(j := n-1; j >= 0; j--)
			if(a[i] == b[j])
				L[i][j] = 1 + L[i+1][j+1];
			else if(L[i+1][j] >= L[i][j+1])
				L[i][j] = L[i+1][j];
			else
				L[i][j] = L[i][j+1];
	s := "";
	i = 0;
	j = 0;
	while(i < m && j < n){
		if(a[i] == b[j]){
			s[len s] = a[i];
			i++;
			j++;
		}else if(L[i+1][j] >= L[i][j+1])
			i++;
		else
			j++;
	}
	return s;
}

# line-oriented diff driven by an LCS of lines
diff(a, b: array of string)
{
	m := len a;
	n := len b;
	L := array[m+1] of array of int;
	for(i := 0; i <= m; i++)
		L[i] = array[n+1] of {* => 0};
	for(i = m-1; i >= 0; i--)
		for(j := n-1; j >= 0; j--)
			if(a[i] == b[j])
				L[i][j] = 1 + L[i+1][j+1];
			else
				L[i][j] = max(L[i+1][j], L[i][j+1]);
	i = 0;
	j = 0;
	while(i < m || j < n){
		if(i < m && j < n && a[i] == b[j]){
			sys->print("   %s\n", a[i]);
			i++;
			j++;
		}else if(j >= n || (i < m && L[i+1][j] >= L[i][j+1])){
			sys->print(" - %s\n", a[i]);
			i++;
		}else{
			sys->print(" + %s\n", b[j]);
			j++;
		}
	}
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

# patience-style O(n log n) longest strictly increasing subsequence
lis(a: array of int): list of int
{
	n := len a;
	tails := array[n] of int;	# index of smallest tail for each length
	prev := array[n] of {* => -1};
	size := 0;
	for(i := 0; i < n; i++){
		lo := 0;
		hi := size;
		while(lo < hi){
			m := (lo+hi)/2;
			if(a[tails[m]] < a[i])
				lo = m+1;
			else
				hi = m;
		}
		if(lo > 0)
			prev[i] = tails[lo-1];
		tails[lo] = i;
		if(lo == size)
			size++;
	}
	r: list of int;
	if(size == 0)
		return nil;
	for(k := tails[size-1]; k >= 0; k = prev[k])
		r = a[k] :: r;
	return r;
}

# quadratic LIS length, to check
lisn2(a: array of int): int
{
	d := array[len a] of {* => 1};
	best := 0;
	for(i := 0; i < len a; i++){
		for(j := 0; j < i; j++)
			if(a[j] < a[i] && d[j]+1 > d[i])
				d[i] = d[j]+1;
		best = max(best, d[i]);
	}
	return best;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	pairs := array[] of {
		("ABCBDAB", "BDCABA"),
		("AGGTAB", "GXTXAYB"),
		("dynamic", "programming"),
		("plan9", "inferno"),
		("", "anything"),
	};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		s := lcs(a, b);
		sys->print("lcs(%q, %q) = %q len %d\n", a, b, s, len s);
	}

	old := array[] of {"implement Hello;", "include \"sys.m\";", "sys: Sys;",
		"init()", "{", "print(\"hi\");", "}"};
	new := array[] of {"implement Hello;", "include \"sys.m\";", "include \"draw.m\";",
		"sys: Sys;", "init(ctxt, argv)", "{", "sys = load Sys Sys->PATH;", "print(\"hi\");", "}"};
	sys->print("diff:\n");
	diff(old, new);

	seqs := array[] of {
		array[] of {10, 9, 2, 5, 3, 7, 101, 18},
		array[] of {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15},
		array[] of {5, 4, 3, 2, 1},
		array[] of {3, 3, 3},
	};
	for(i = 0; i < len seqs; i++){
		l := lis(seqs[i]);
		sys->print("lis len %d (check %d):", len l, lisn2(seqs[i]));
		for(; l != nil; l = tl l)
			sys->print(" %d", hd l);
		sys->print("\n");
	}

	x := 1;
	r := array[2000] of int;
	for(i = 0; i < len r; i++){
		x = (x * 48271) % 65521;
		r[i] = x % 1000;
	}
	sys->print("random 2000: lis %d, quadratic %d\n", len lis(r), lisn2(r));
}
