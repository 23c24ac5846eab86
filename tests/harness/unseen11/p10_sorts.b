implement Sorts;

include "sys.m";
	sys: Sys;
include "draw.m";

Sorts: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ncmp := 0;

seed := 12345;
rand(n: int): int
{
	# classic 31-bit LCG, deliberately relying on wraparound
	seed = seed * 1103515245 + 12345;
	return ((seed >> 16) & 16r7fff) % n;
}

less(a, b: int): int
{
	ncmp++;
	return a < b;
}

insertion(a: array of int)
{
	for(i := 1; i < len a; i++){
		v := a[i];
		j := i - 1;
		for(; j >= 0 && less(v, a[j]); j--)
			a[j+1] = a[j];
		a[j+1] = v;
	}
}

quick(a: array of int)
{
	if(len a <= 1)
		return;
	p := a[len a / 2];
	i := 0;
	j := len a - 1;
	while(i <= j){
		while(less(a[i], p))
			i++;
		while(less(p, a[j]))
			j--;
		if(i <= j){
			(a[i], a[j]) = (a[j], a[i]);
			i++;
			j--;
		}
	}
	quick(a[0:j+1]);
	quick(a[i:]);
}

merge(a: array of int, tmp: array of int)
{
	n := len a;
	if(n < 2)
		return;
	m := n / 2;
	merge(a[0:m], tmp[0:m]);
	merge(a[m:], tmp[m:]);
	i := 0;
	j := m;
	k := 0;
	while(i < m && j < n){
		if(less(a[j], a[i]))
			tmp[k++] = a[j++];
		else
			tmp[k++] = a[i++];
	}
	while(i < m)
		tmp[k++] = a[i++];
	while(j < n)
		tmp[k++] = a[j++];
	a[0:] = tmp[0:n];
}

sift(a: array of int, i, n: int)
{
	for(;;){
		c := 2*i + 1;
		if(c >= n)
			break;
		if(c + 1 < n && less(a[c], a[c+1]))
			c++;
		if(!less(a[i], a[c]))
			break;
		(a[i], a[c]) = (a[c], a[i]);
		i = c;
	}
}

heap(a: array of int)
{
	n := len a;
	for(i := n/2 - 1; i >= 0; i--)
		sift(a, i, n);
	for(e := n - 1; e > 0; e--){
		(a[0], a[e]) = (a[e], a[0]);
		sift(a, 0, e);
	}
}

shell(a: array of int)
{
	gap := 1;
	while(gap < len a / 3)
		gap = 3*gap + 1;
	for(; gap > 0; gap /= 3)
		for(i := gap; i < len a; i++){
			v := a[i];
			j := i;
			for(; j >= gap && less(v, a[j-gap]); j -= gap)
				a[j] = a[j-gap];
			a[j] = v;
		}
}

sorted(a: array of int): int
{
	for(i := 1; i < len a; i++)
		if(a[i-1] > a[i])
			return 0;
	return 1;
}

checksum(a: array of int): int
{
	h := 0;
	for(i := 0; i < len a; i++)
		h = (h * 16777619) ^ a[i];
	return h;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"insertion", "quick", "merge", "heap", "shell"};
	sizes := array[] of {10, 100, 1000};
	for(s := 0; s < len sizes; s++){
		n := sizes[s];
		orig := array[n] of int;
		seed = 42 + n;
		for(i := 0; i < n; i++)
			orig[i] = rand(1000) - 500;
		if(n == 10){
			sys->print("input:");
			for(i = 0; i < n; i++)
				sys->print(" %d", orig[i]);
			sys->print("\n");
		}
		for(k := 0; k < len names; k++){
			a := array[n] of int;
			a[0:] = orig;
			ncmp = 0;
			case k {
			0 => insertion(a);
			1 => quick(a);
			2 => merge(a, array[n] of int);
			3 => heap(a);
			4 => shell(a);
			}
			sys->print("n=%-5d %-10s sorted=%d comparisons=%-7d sum=%.8ux min=%d max=%d\n",
				n, names[k], sorted(a), ncmp, checksum(a), a[0], a[n-1]);
		}
	}
}
