implement Quicksort;

include "sys.m";
	sys: Sys;
include "draw.m";

Quicksort: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

seed := 12345;

rand(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7fffffff;
	return (seed >> 8) % n;
}

swap(a: array of int, i, j: int)
{
	t := a[i];
	a[i] = a[j];
	a[j] = t;
}

# Lomuto partition, classic textbook version
lomuto(a: array of int, lo, hi: int): int
{
	p := a[hi];
	i := lo;
	for(j := lo; j < hi; j++)
		if(a[j] < p){
			swap(a, i, j);
			i++;
		}
	swap(a, i, hi);
	return i;
}

qsort1(a: array of int, lo, hi: int)
{
	if(lo >= hi)
		return;
	m := lomuto(a, lo, hi);
	qsort1(a, lo, m-1);
	qsort1(a, m+1, hi);
}

# median of three, then Hoare partition; recurse on smaller half
medianof3(a: array of int, lo, hi: int): int
{
	mid := lo + (hi-lo)/2;
	if(a[mid] < a[lo])
		swap(a, mid, lo);
	if(a[hi] < a[lo])
		swap(a, hi, lo);
	if(a[hi] < a[mid])
		swap(a, hi, mid);
	return a[mid];
}

comparisons := 0;

qsort2(a: array of int, lo, hi: int)
{
	while(lo < hi){
		p := medianof3(a, lo, hi);
		i := lo - 1;
		j := hi + 1;
		for(;;){
			do { i++; comparisons++; } while(a[i] < p);
			do { j--; comparisons++; } while(a[j] > p);
			if(i >= j)
				break;
			swap(a, i, j);
		}
		if(j - lo < hi - j){
			qsort2(a, lo, j);
			lo = j+1;
		}else{
			qsort2(a, j+1, hi);
			hi = j;
		}
	}
}

# Dijkstra's three-way partition for many duplicates
qsort3(a: array of int, lo, hi: int)
{
	if(lo >= hi)
		return;
	lt := lo;
	gt := hi;
	v := a[lo];
	i := lo+1;
	while(i <= gt){
		if(a[i] < v)
			swap(a, lt++, i++);
		else if(a[i] > v)
			swap(a, i, gt--);
		else
			i++;
	}
	qsort3(a, lo, lt-1);
	qsort3(a, gt+1, hi);
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
	s := 0;
	for(i := 0; i < len a; i++)
		s = (s*31 + a[i]) & 16rffffff;
	return s;
}

show(name: string, a: array of int)
{
	sys->print("%-8s", name);
	n := len a;
	if(n > 12)
		n = 12;
	for(i := 0; i < n; i++)
		sys->print(" %d", a[i]);
	if(len a > n)
		sys->print(" ...");
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	small := array[] of {33, 7, 91, -4, 0, 18, 7, 55, 2, -19, 64, 7};
	a := array[len small] of int;
	a[0:] = small;
	show("input", a);
	qsort1(a, 0, len a - 1);
	show("lomuto", a);

	sizes := array[] of {1, 2, 10, 100, 1000, 5000};
	for(k := 0; k < len sizes; k++){
		n := sizes[k];
		x := array[n] of int;
		for(i := 0; i < n; i++)
			x[i] = rand(10000) - 5000;
		y := array[n] of int;
		y[0:] = x;
		z := array[n] of int;
		for(i = 0; i < n; i++)
			z[i] = rand(5);
		comparisons = 0;
		qsort1(x, 0, n-1);
		qsort2(y, 0, n-1);
		qsort3(z, 0, n-1);
		same := 1;
		for(i = 0; i < n; i++)
			if(x[i] != y[i])
				same = 0;
		sys->print("n=%-5d lomuto=%d hoare=%d same=%d dup3way=%d sum=%06x\n",
			n, sorted(x), sorted(y), same, sorted(z), checksum(y));
	}

	# already sorted and reversed inputs
	r := array[2000] of int;
	for(i := 0; i < len r; i++)
		r[i] = len r - i;
	comparisons = 0;
	qsort2(r, 0, len r - 1);
	sys->print("reversed 2000: sorted=%d first=%d last=%d comparisons=%d\n",
		sorted(r), r[0], r[len r-1], comparisons);
	comparisons = 0;
	qsort2(r, 0, len r - 1);
	sys->print("presorted 2000: comparisons=%d\n", comparisons);
	show("final", r);
}
