#args: 3 4 3000
implement MapReduce;

include "sys.m";
	sys: Sys;
include "draw.m";

MapReduce: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# key: Collatz stopping time rounded down to a multiple of 10
# value: (count, argmax start, max peak)
KV: adt {
	key:	int;
	start:	int;
	steps:	int;
	peak:	big;
};

Agg: adt {
	key:	int;
	count:	int;
	longest:	int;	# start with the most steps in this bucket
	moststeps:	int;
	peak:	big;
	peakat:	int;
};

collatz(n: int): (int, big)
{
	x := big n;
	peak := x;
	steps := 0;
	while(x != big 1){
		if((x & big 1) != big 0)
			x = big 3*x + big 1;
		else
			x /= big 2;
		if(x > peak)
			peak = x;
		steps++;
	}
	return (steps, peak);
}

mapper(lo, hi: int, parts: array of chan of ref KV, done: chan of int)
{
	n := 0;
	for(i := lo; i < hi; i++){
		(s, p) := collatz(i);
		k := s / 10 * 10;
		parts[(k/10) % len parts] <-= ref KV(k, i, s, p);
		n++;
	}
	done <-= n;
}

reducer(in: chan of ref KV, out: chan of list of ref Agg)
{
	aggs: list of ref Agg;
	while((kv := <-in) != nil){
		a: ref Agg;
		for(l := aggs; l != nil; l = tl l)
			if((hd l).key == kv.key){
				a = hd l;
				break;
			}
		if(a == nil){
			a = ref Agg(kv.key, 0, 0, -1, big 0, 0);
			aggs = a :: aggs;
		}
		a.count++;
		# ties go to the smaller start so the answer does not depend on arrival order
		if(kv.steps > a.moststeps || (kv.steps == a.moststeps && kv.start < a.longest)){
			a.moststeps = kv.steps;
			a.longest = kv.start;
		}
		if(kv.peak > a.peak || (kv.peak == a.peak && kv.start < a.peakat)){
			a.peak = kv.peak;
			a.peakat = kv.start;
		}
	}
	out <-= aggs;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	if(len argv != 3){
		sys->fprint(sys->fildes(2), "usage: mapreduce nmap nreduce limit\n");
		raise "fail:usage";
	}
	nmap := int hd argv;
	nred := int hd tl argv;
	limit := int hd tl tl argv;

	parts := array[nred] of chan of ref KV;
	outs := array[nred] of chan of list of ref Agg;
	for(r := 0; r < nred; r++){
		parts[r] = chan[16] of ref KV;
		outs[r] = chan of list of ref Agg;
		spawn reducer(parts[r], outs[r]);
	}
	done := chan of int;
	for(m := 0; m < nmap; m++)
		spawn mapper(1 + m*limit/nmap, 1 + (m+1)*limit/nmap, parts, done);
	mapped := 0;
	for(m = 0; m < nmap; m++)
		mapped += <-done;
	for(r = 0; r < nred; r++)
		parts[r] <-= nil;

	# gather every reducer's buckets into one array indexed by key/10
	buckets := array[100] of ref Agg;
	nb := 0;
	for(r = 0; r < nred; r++)
		for(l := <-outs[r]; l != nil; l = tl l){
			a := hd l;
			buckets[a.key/10] = a;
			nb++;
		}
	sys->print("mapped %d numbers into %d buckets over %d reducers\n", mapped, nb, nred);
	sys->print("steps    count  longest(start:steps)  highest peak(start)\n");
	total := 0;
	for(i := 0; i < len buckets; i++){
		a := buckets[i];
		if(a == nil)
			continue;
		total += a.count;
		sys->print("%3d-%-3d  %5d  %6d:%-3d             %bd (%d)\n",
			a.key, a.key+9, a.count, a.longest, a.moststeps, a.peak, a.peakat);
	}
	sys->print("total %d\n", total);
}
