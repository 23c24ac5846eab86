implement Stats;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Stats: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Summary: adt {
	n:	int;
	mean, sd, min, max, median:	real;
};

sortr(a: array of real)
{
	# quicksort, Hoare partition
	if(len a < 2)
		return;
	p := a[len a / 2];
	i := 0;
	j := len a - 1;
	while(i <= j){
		while(a[i] < p)
			i++;
		while(a[j] > p)
			j--;
		if(i <= j){
			(a[i], a[j]) = (a[j], a[i]);
			i++;
			j--;
		}
	}
	sortr(a[0:j+1]);
	sortr(a[i:]);
}

summarize(x: array of real): Summary
{
	s: Summary;
	s.n = len x;
	if(s.n == 0)
		raise "stats: empty sample";
	c := array[len x] of real;
	c[0:] = x;
	sortr(c);
	s.min = c[0];
	s.max = c[len c - 1];
	if(len c % 2)
		s.median = c[len c / 2];
	else
		s.median = (c[len c/2 - 1] + c[len c/2]) / 2.0;
	sum := 0.0;
	for(i := 0; i < len x; i++)
		sum += x[i];
	s.mean = sum / real s.n;
	ss := 0.0;
	for(i = 0; i < len x; i++)
		ss += (x[i] - s.mean) * (x[i] - s.mean);
	if(s.n > 1)
		s.sd = math->sqrt(ss / real (s.n - 1));
	return s;
}

regress(x, y: array of real): (real, real, real)
{
	n := real len x;
	sx := 0.0; sy := 0.0; sxx := 0.0; sxy := 0.0; syy := 0.0;
	for(i := 0; i < len x; i++){
		sx += x[i];
		sy += y[i];
		sxx += x[i]*x[i];
		sxy += x[i]*y[i];
		syy += y[i]*y[i];
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx);
	icept := (sy - slope*sx) / n;
	r := (n*sxy - sx*sy) / math->sqrt((n*sxx - sx*sx) * (n*syy - sy*sy));
	return (slope, icept, r);
}

printsum(name: string, s: Summary)
{
	sys->print("%-8s n=%-3d mean=%9.4f sd=%8.4f min=%8.3f med=%8.3f max=%8.3f\n",
		name, s.n, s.mean, s.sd, s.min, s.median, s.max);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	heights := array[] of {172.5, 168.0, 181.2, 175.0, 159.9, 190.1, 177.7, 166.3, 184.4, 171.0};
	printsum("heights", summarize(heights));
	# deterministic pseudo-samples: sin-based
	n := 50;
	xs := array[n] of real;
	ys := array[n] of real;
	for(i := 0; i < n; i++){
		xs[i] = real i * 0.5;
		ys[i] = 3.0 * xs[i] - 7.0 + 2.0 * math->sin(real (i * 7));
	}
	printsum("x", summarize(xs));
	printsum("y", summarize(ys));
	(m, b, r) := regress(xs, ys);
	sys->print("fit: y = %.4f x %+.4f, r = %.6f, r^2 = %.6f\n", m, b, r, r*r);
	# geometric and harmonic means, via logs
	g := 0.0;
	h := 0.0;
	for(i = 0; i < len heights; i++){
		g += math->log(heights[i]);
		h += 1.0 / heights[i];
	}
	sys->print("geo mean %.4f, harmonic mean %.4f\n", math->exp(g / real len heights), real len heights / h);
	# percentile ranks and z-scores
	s := summarize(heights);
	for(i = 0; i < 4; i++){
		z := (heights[i] - s.mean) / s.sd;
		pct := 50.0 * (1.0 + math->erf(z / math->sqrt(2.0)));
		sys->print("  %.1f z=%+.3f ~%5.1f%%\n", heights[i], z, pct);
	}
	sys->print("floor/ceil/rint: %g %g %g %g\n", math->floor(-2.5), math->ceil(-2.5), math->rint(2.5), math->rint(3.5));
	sys->print("hypot %g, atan2 %.6f, pow %g, fmod %g\n", math->hypot(3.0, 4.0), math->atan2(1.0, -1.0), math->pow(2.0, 0.5), math->fmod(10.0, 3.0));
	{
		summarize(array[0] of real);
	} exception e {
	"stats:*" =>
		sys->print("%s\n", e);
	}
}
