#args: 0 7 8 50 99 100 -3 2147483647
implement BSearch;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

BSearch: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# first index i with a[i] >= x
lowerbound(a: array of int, x: int): int
{
	lo := 0;
	hi := len a;
	while(lo < hi){
		mid := lo + (hi - lo) / 2;
		if(a[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

# first index i with a[i] > x
upperbound(a: array of int, x: int): int
{
	lo := 0;
	hi := len a;
	while(lo < hi){
		mid := (lo + hi) >> 1;
		if(a[mid] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

# integer square root of a non-negative int, avoiding overflow via big
isqrt(n: int): int
{
	lo := 0;
	hi := 46341;
	while(hi - lo > 1){
		m := (lo + hi) / 2;
		if(big m * big m <= big n)
			lo = m;
		else
			hi = m;
	}
	return lo;
}

# bisection for a root of f on [a, b]
bisect(f: ref fn(x: real): real, a, b: real): (real, int)
{
	fa := f(a);
	n := 0;
	while(b - a > 1e-12 && n < 200){
		m := (a + b) / 2.0;
		fm := f(m);
		if((fm < 0.0) == (fa < 0.0)){
			a = m;
			fa = fm;
		}else
			b = m;
		n++;
	}
	return ((a + b) / 2.0, n);
}

cubic(x: real): real
{
	return x*x*x - 2.0*x - 5.0;
}

cosx(x: real): real
{
	return math->cos(x) - x;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	# sorted table with duplicates: multiples of 7 and a run of 50s
	a := array[20] of int;
	for(i := 0; i < len a; i++)
		a[i] = 7 * (i / 2);
	a[14] = a[15] = a[16] = 50;
	sys->print("table:");
	for(i = 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");

	for(argv = tl argv; argv != nil; argv = tl argv){
		x := int hd argv;
		lb := lowerbound(a, x);
		ub := upperbound(a, x);
		if(lb < ub)
			sys->print("%d: found %d time(s) at [%d,%d)\n", x, ub - lb, lb, ub);
		else if(lb == len a)
			sys->print("%d: absent, would go at end\n", x);
		else
			sys->print("%d: absent, insert before a[%d]=%d\n", x, lb, a[lb]);
		if(x >= 0)
			sys->print("   isqrt(%d)=%d\n", x, isqrt(x));
	}

	(r, n) := bisect(cubic, 2.0, 3.0);
	sys->print("root of x^3-2x-5 = %.10f after %d steps, f=%.2e\n", r, n, cubic(r));
	(r, n) = bisect(cosx, 0.0, 1.0);
	sys->print("root of cos(x)-x = %.10f after %d steps\n", r, n);

	# guess-the-number: worst case probes for 1..1000
	worst := 0;
	for(target := 1; target <= 1000; target++){
		lo := 1;
		hi := 1000;
		probes := 0;
		for(;;){
			probes++;
			g := (lo + hi) / 2;
			if(g == target)
				break;
			if(g < target)
				lo = g + 1;
			else
				hi = g - 1;
		}
		if(probes > worst)
			worst = probes;
	}
	sys->print("worst case probes for 1..1000: %d\n", worst);
}
