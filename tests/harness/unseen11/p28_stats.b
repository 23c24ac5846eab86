implement Stats;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Stats: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Summary: adt {
	n:	int;
	mean, m2:	real;
	lo, hi:	real;

	add:	fn(s: self ref Summary, x: real);
	variance:	fn(s: self ref Summary): real;
};

# Welford's online algorithm
Summary.add(s: self ref Summary, x: real)
{
	s.n++;
	d := x - s.mean;
	s.mean += d / real s.n;
	s.m2 += d * (x - s.mean);
	if(s.n == 1 || x < s.lo)
		s.lo = x;
	if(s.n == 1 || x > s.hi)
		s.hi = x;
}

Summary.variance(s: self ref Summary): real
{
	if(s.n < 2)
		return 0.0;
	return s.m2 / real (s.n - 1);
}

naivevar(x: array of real): real
{
	sum := 0.0;
	sq := 0.0;
	for(i := 0; i < len x; i++){
		sum += x[i];
		sq += x[i] * x[i];
	}
	n := real len x;
	return (sq - sum * sum / n) / (n - 1.0);
}

percentile(x: array of real, p: array of int, q: real): real
{
	pos := q * real (len x - 1);
	i := int math->floor(pos);
	f := pos - real i;
	if(i + 1 >= len x)
		return x[p[i]];
	return x[p[i]] * (1.0 - f) + x[p[i+1]] * f;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	data := array[] of {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 12.5, -3.25, 0.0, 8.75};
	s := ref Summary(0, 0.0, 0.0, 0.0, 0.0);
	for(i := 0; i < len data; i++)
		s.add(data[i]);
	sys->print("n=%d mean=%.6f var=%.6f sd=%.6f min=%g max=%g\n",
		s.n, s.mean, s.variance(), math->sqrt(s.variance()), s.lo, s.hi);
	sys->print("naive variance=%.6f\n", naivevar(data));

	perm := array[len data] of int;
	for(i = 0; i < len perm; i++)
		perm[i] = i;
	math->sort(data, perm);
	sys->print("sorted via permutation:");
	for(i = 0; i < len perm; i++)
		sys->print(" %g", data[perm[i]]);
	sys->print("\nperm:");
	for(i = 0; i < len perm; i++)
		sys->print(" %d", perm[i]);
	sys->print("\n");
	for(q := 0.0; q <= 1.0; q += 0.25)
		sys->print("  p%-3d = %.4f\n", int (q * 100.0), percentile(data, perm, q));

	# catastrophic cancellation: large offset destroys the naive formula
	shifted := array[len data] of real;
	for(i = 0; i < len data; i++)
		shifted[i] = data[i] + 1e9;
	s2 := ref Summary(0, 0.0, 0.0, 0.0, 0.0);
	for(i = 0; i < len shifted; i++)
		s2.add(shifted[i]);
	sys->print("offset 1e9: welford var=%.6f naive var=%.6f\n", s2.variance(), naivevar(shifted));

	# least squares line through noisy points y = 3x - 2
	xs := array[10] of real;
	ys := array[10] of real;
	for(i = 0; i < 10; i++){
		xs[i] = real i;
		ys[i] = 3.0 * real i - 2.0 + 0.1 * real ((i * 7) % 5 - 2);
	}
	n := real len xs;
	sx := 0.0; sy := 0.0;
	for(i = 0; i < len xs; i++){
		sx += xs[i];
		sy += ys[i];
	}
	mx := sx / n;
	my := sy / n;
	sxy := 0.0; sxx := 0.0; syy := 0.0;
	for(i = 0; i < len xs; i++){
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) * (xs[i] - mx);
		syy += (ys[i] - my) * (ys[i] - my);
	}
	slope := sxy / sxx;
	sys->print("fit: y = %.5f x + %.5f, r = %.6f\n", slope, my - slope * mx, sxy / math->sqrt(sxx * syy));
	sys->print("dot=%g norm1=%g norm2=%.6f iamax=%d\n",
		math->dot(xs, ys), math->norm1(ys), math->norm2(ys), math->iamax(ys));
}
