implement Stats;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
include "string.m";
	str: String;

Stats: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

input := "12.5, 7, -3.25, 1e2, 0.5, 42, 8, bogus, 3.75, 19";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	str = load String String->PATH;
	(n, toks) := sys->tokenize(input, ", ");
	xs := array[n] of real;
	k := 0;
	for(; toks != nil; toks = tl toks){
		(v, rest) := str->toreal(hd toks, 10);
		if(rest != nil){
			sys->print("skip %q (rest %q)\n", hd toks, rest);
			continue;
		}
		xs[k++] = v;
	}
	xs = xs[0:k];
	sum := 0.0;
	for(i := 0; i < k; i++)
		sum += xs[i];
	mean := sum / real k;
	ss := 0.0;
	for(i = 0; i < k; i++)
		ss += (xs[i]-mean)*(xs[i]-mean);
	sd := math->sqrt(ss / real (k-1));
	sys->print("n=%d sum=%g mean=%.4f sd=%.4f\n", k, sum, mean, sd);
	idx := array[k] of int;
	for(i = 0; i < k; i++)
		idx[i] = i;
	# sort permutes idx so that xs[idx[i]] ascends; xs itself is untouched
	math->sort(xs, idx);
	sorted := array[k] of real;
	for(i = 0; i < k; i++)
		sorted[i] = xs[idx[i]];
	for(i = 0; i < k; i++)
		sys->print("rank %d: %8.3f (was #%d)\n", i+1, sorted[i], idx[i]);
	med := sorted[k/2];
	if(k % 2 == 0)
		med = (sorted[k/2-1] + sorted[k/2]) / 2.0;
	sys->print("median=%g min=%g max=%g\n", med, sorted[0], sorted[k-1]);
	sys->print("norm1=%g norm2=%.6f iamax=%d\n", math->norm1(xs), math->norm2(xs), math->iamax(xs));
	ones := array[k] of {* => 1.0};
	sys->print("dot with ones=%g\n", math->dot(xs, ones));
	# geometric mean of the positive values via logs
	lsum := 0.0;
	np := 0;
	for(i = 0; i < k; i++)
		if(xs[i] > 0.0){
			lsum += math->log(xs[i]);
			np++;
		}
	sys->print("geometric mean of %d positives=%.6f\n", np, math->exp(lsum / real np));
	# 2x3 * 3x2 with gemm
	a := array[] of {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
	b := array[] of {7.0, 8.0, 9.0, 10.0, 11.0, 12.0};
	c := array[4] of {* => 0.0};
	math->gemm('N', 'N', 2, 2, 3, 1.0, a, 2, b, 3, 0.0, c, 2);
	sys->print("gemm: %g %g %g %g\n", c[0], c[1], c[2], c[3]);
}
