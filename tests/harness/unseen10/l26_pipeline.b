implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	seq: int;
	val: int;
	trail: string;
};

Stage: adt {
	name: string;
	f: ref fn(x: int): int;
	keep: ref fn(x: int): int;	# nil means keep everything
};

source(out: chan of ref Item, vals: array of int)
{
	for(i := 0; i < len vals; i++)
		out <-= ref Item(i, vals[i], "");
	out <-= nil;
}

stage(idx: int, s: Stage, in, out: chan of ref Item, stats: chan of (int, string, int, int))
{
	seen := 0;
	passed := 0;
	for(;;){
		it := <-in;
		if(it == nil)
			break;
		seen++;
		v := s.f(it.val);
		if(s.keep != nil && !s.keep(v))
			continue;
		passed++;
		out <-= ref Item(it.seq, v, it.trail + s.name[0:1]);
	}
	out <-= nil;
	stats <-= (idx, s.name, seen, passed);
}

build(stages: array of Stage, src: chan of ref Item, stats: chan of (int, string, int, int)): chan of ref Item
{
	c := src;
	for(i := 0; i < len stages; i++){
		next := chan[2] of ref Item;
		spawn stage(i, stages[i], c, next, stats);
		c = next;
	}
	return c;
}

# round-robin worker pool: order is restored by reading workers in turn
worker(f: ref fn(x: int): int, in: chan of int, out: chan of int)
{
	for(;;){
		x := <-in;
		if(x < 0)
			break;
		out <-= f(x);
	}
	out <-= -1;
}

pool(f: ref fn(x: int): int, xs: array of int, nworkers: int): array of int
{
	ins := array[nworkers] of chan of int;
	outs := array[nworkers] of chan of int;
	for(w := 0; w < nworkers; w++){
		ins[w] = chan[1] of int;
		outs[w] = chan[1] of int;
		spawn worker(f, ins[w], outs[w]);
	}
	res := array[len xs] of int;
	# feed and collect in lock step so nothing blocks
	for(i := 0; i < len xs; i += nworkers){
		for(w = 0; w < nworkers && i + w < len xs; w++)
			ins[w] <-= xs[i + w];
		for(w = 0; w < nworkers && i + w < len xs; w++)
			res[i + w] = <-outs[w];
	}
	for(w = 0; w < nworkers; w++){
		ins[w] <-= -1;
		<-outs[w];
	}
	return res;
}

inc(x: int): int { return x + 1; }
triple(x: int): int { return 3 * x; }
halve(x: int): int { return x / 2; }
sq(x: int): int { return x * x; }
small(x: int): int { return x < 200; }
odd(x: int): int { return x % 2 == 1; }
digitsum(x: int): int
{
	s := 0;
	for(; x > 0; x /= 10)
		s += x % 10;
	return s;
}
slow(x: int): int
{
	# a deliberately busy function for the pool
	r := 0;
	for(i := 0; i < x * 100; i++)
		r = (r + i) % 9973;
	return r;
}

runpipe(label: string, stages: array of Stage, vals: array of int)
{
	src := chan of ref Item;
	stats := chan[len stages] of (int, string, int, int);
	spawn source(src, vals);
	out := build(stages, src, stats);
	sys->print("%s:\n", label);
	sum := 0;
	for(;;){
		it := <-out;
		if(it == nil)
			break;
		sum += it.val;
		sys->print("  #%d -> %d via %s\n", it.seq, it.val, it.trail);
	}
	# stats may arrive in any order; file them by stage index
	lines := array[len stages] of string;
	for(i := 0; i < len stages; i++){
		(k, n, seen, passed) := <-stats;
		lines[k] = sys->sprint("  stage %d %s: seen %d passed %d", k, n, seen, passed);
	}
	for(i = 0; i < len lines; i++)
		sys->print("%s\n", lines[i]);
	sys->print("  sum %d\n", sum);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[12] of int;
	for(i := 0; i < len vals; i++)
		vals[i] = i * 13;
	runpipe("inc|triple|keep small", array[] of {
		Stage("inc", inc, nil), Stage("triple", triple, small), Stage("halve", halve, nil)}, vals);
	runpipe("square|odd|digitsum", array[] of {
		Stage("square", sq, odd), Stage("digitsum", digitsum, nil)}, vals[0:7]);
	runpipe("empty input", array[] of {Stage("inc", inc, nil)}, array[0] of int);

	xs := array[10] of int;
	for(i = 0; i < len xs; i++)
		xs[i] = 10 + i * 3;
	for(n := 1; n <= 4; n++){
		r := pool(slow, xs, n);
		line := "";
		for(i = 0; i < len r; i++)
			line += " " + string r[i];
		sys->print("pool(%d):%s\n", n, line);
	}
}
