implement Bsearch;

include "sys.m";
	sys: Sys;
include "draw.m";

Bsearch: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

probes := 0;

# index of x or -1
find(a: array of int, x: int): int
{
	lo := 0;
	hi := len a - 1;
	while(lo <= hi){
		probes++;
		m := (lo + hi) / 2;
		if(a[m] == x)
			return m;
		if(a[m] < x)
			lo = m+1;
		else
			hi = m-1;
	}
	return -1;
}

# first index with a[i] >= x
lowerbound(a: array of int, x: int): int
{
	lo := 0;
	hi := len a;
	while(lo < hi){
		m := lo + (hi-lo)/2;
		if(a[m] < x)
			lo = m+1;
		else
			hi = m;
	}
	return lo;
}

# first index with a[i] > x
upperbound(a: array of int, x: int): int
{
	lo := 0;
	hi := len a;
	while(lo < hi){
		m := lo + (hi-lo)/2;
		if(a[m] <= x)
			lo = m+1;
		else
			hi = m;
	}
	return lo;
}

interp(a: array of int, x: int): int
{
	lo := 0;
	hi := len a - 1;
	while(lo <= hi && x >= a[lo] && x <= a[hi]){
		probes++;
		if(a[hi] == a[lo])
			return if0(a[lo] == x, lo);
		pos := lo + int((big (x - a[lo]) * big (hi - lo)) / big (a[hi] - a[lo]));
		if(a[pos] == x)
			return pos;
		if(a[pos] < x)
			lo = pos+1;
		else
			hi = pos-1;
	}
	return -1;
}

if0(c: int, v: int): int
{
	if(c)
		return v;
	return -1;
}

# recursive search on a slice; returns offset into the original
rfind(a: array of int, x, base: int): int
{
	if(len a == 0)
		return -1;
	m := len a / 2;
	if(a[m] == x)
		return base + m;
	if(a[m] < x)
		return rfind(a[m+1:], x, base+m+1);
	return rfind(a[0:m], x, base);
}

# integer square root by bisection on the answer
isqrt(n: int): int
{
	lo := 0;
	hi := 46340;	# 46341*46341 would overflow
	while(lo < hi){
		m := (lo + hi + 1) / 2;
		if(m*m <= n)
			lo = m;
		else
			hi = m-1;
	}
	return lo;
}

# search in a rotated sorted array
rotfind(a: array of int, x: int): int
{
	lo := 0;
	hi := len a - 1;
	while(lo <= hi){
		m := (lo+hi)/2;
		if(a[m] == x)
			return m;
		if(a[lo] <= a[m]){
			if(x >= a[lo] && x < a[m])
				hi = m-1;
			else
				lo = m+1;
		}else{
			if(x > a[m] && x <= a[hi])
				lo = m+1;
			else
				hi = m-1;
		}
	}
	return -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {1, 3, 3, 3, 7, 9, 12, 12, 15, 20, 21, 30};
	qs := array[] of {0, 1, 3, 8, 12, 20, 30, 31};
	for(i := 0; i < len qs; i++){
		x := qs[i];
		sys->print("x=%-3d find=%-3d rfind=%-3d lower=%-3d upper=%-3d count=%d\n",
			x, find(a, x), rfind(a, x, 0), lowerbound(a, x), upperbound(a, x),
			upperbound(a, x) - lowerbound(a, x));
	}

	u := array[10000] of int;
	for(i = 0; i < len u; i++)
		u[i] = 3*i + 1;
	probes = 0;
	hits := 0;
	for(i = 0; i < 30000; i += 7)
		if(find(u, i) >= 0)
			hits++;
	bp := probes;
	probes = 0;
	ihits := 0;
	for(i = 0; i < 30000; i += 7)
		if(interp(u, i) >= 0)
			ihits++;
	sys->print("uniform: binary hits=%d probes=%d; interpolation hits=%d probes=%d\n",
		hits, bp, ihits, probes);

	for(n := 0; n <= 100; n += 17)
		sys->print("isqrt(%d)=%d ", n, isqrt(n));
	sys->print("\nisqrt(2147395600)=%d isqrt(2147483647)=%d\n", isqrt(2147395600), isqrt(2147483647));

	rot := array[] of {15, 18, 22, 31, 40, 2, 5, 7, 11};
	sys->print("rotated:");
	for(i = 0; i < len rot; i++)
		sys->print(" %d@%d", rot[i], rotfind(rot, rot[i]));
	sys->print(" 6@%d\n", rotfind(rot, 6));
}
