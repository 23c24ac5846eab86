implement Histo;

include "sys.m";
	sys: Sys;
include "draw.m";

Histo: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# linear congruential generator so output is reproducible
seed := 12345;
rand(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7fffffff;
	return (seed >> 8) % n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NB: con 10;
	bins := array[NB] of {* => 0};
	N := 2000;
	samples := array[N] of int;
	for(i := 0; i < N; i++){
		# sum of three uniform draws approximates a bell curve
		v := rand(34) + rand(33) + rand(34);
		samples[i] = v;
		bins[v*NB/100]++;
	}
	max := 0;
	for(i = 0; i < NB; i++)
		if(bins[i] > max)
			max = bins[i];
	for(i = 0; i < NB; i++){
		bar := "";
		for(j := 0; j < bins[i]*50/max; j++)
			bar += "#";
		sys->print("%3d-%-3d %4d |%s\n", i*10, i*10+9, bins[i], bar);
	}
	sum := 0;
	for(i = 0; i < N; i++)
		sum += samples[i];
	mean := real sum / real N;
	ss := 0.0;
	for(i = 0; i < N; i++){
		d := real samples[i] - mean;
		ss += d*d;
	}
	# median via counting
	counts := array[101] of {* => 0};
	for(i = 0; i < N; i++)
		counts[samples[i]]++;
	acc := 0;
	median := 0;
	for(median = 0; median <= 100; median++){
		acc += counts[median];
		if(acc >= N/2)
			break;
	}
	mode := 0;
	for(i = 1; i <= 100; i++)
		if(counts[i] > counts[mode])
			mode = i;
	sys->print("n=%d mean=%.3f var=%.3f median=%d mode=%d\n", N, mean, ss/real (N-1), median, mode);
}
