#args: 200
implement PrimePipe;

include "sys.m";
	sys: Sys;
include "draw.m";

PrimePipe: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DONE: con -1;

generate(n: int, out: chan of int)
{
	for(i := 2; i <= n; i++)
		out <-= i;
	out <-= DONE;
}

# pass along values not divisible by p; the first survivor starts a new filter
filter(p: int, in: chan of int, primes: chan of int)
{
	primes <-= p;
	next: chan of int;
	for(;;){
		v := <-in;
		if(v == DONE){
			if(next != nil)
				next <-= DONE;
			else
				primes <-= DONE;
			return;
		}
		if(v % p == 0)
			continue;
		if(next == nil){
			next = chan of int;
			spawn filter(v, next, primes);
		}else
			next <-= v;
	}
}

# each worker sums a slice of squares with big and reports on its own channel
worker(id, lo, hi: int, res: chan of (int, big))
{
	s := big 0;
	for(i := lo; i < hi; i++)
		s += big i * big i;
	res <-= (id, s);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 100;
	if(tl argv != nil)
		n = int hd tl argv;

	src := chan of int;
	primes := chan of int;
	spawn generate(n, src);
	first := <-src;
	spawn filter(first, src, primes);
	count := 0;
	line := "";
	for(;;){
		p := <-primes;
		if(p == DONE)
			break;
		count++;
		line += sys->sprint(" %4d", p);
		if(count % 12 == 0){
			sys->print("%s\n", line);
			line = "";
		}
	}
	if(line != "")
		sys->print("%s\n", line);
	sys->print("%d primes up to %d\n", count, n);

	NW: con 4;
	total := 1000000;
	chans := array[NW] of chan of (int, big);
	for(w := 0; w < NW; w++){
		chans[w] = chan of (int, big);
		spawn worker(w, w * total / NW, (w + 1) * total / NW, chans[w]);
	}
	sum := big 0;
	for(w = 0; w < NW; w++){
		(id, part) := <-chans[w];
		sys->print("worker %d: %bd\n", id, part);
		sum += part;
	}
	m := big (total - 1);
	sys->print("sum of squares below %d = %bd, formula %bd\n", total, sum, m * (m + big 1) * (big 2 * m + big 1) / big 6);

	# a buffered channel used as a bounded queue
	q := chan[3] of string;
	spawn producer(q);
	for(s := <-q; s != nil; s = <-q)
		sys->print("got %s\n", s);
}

producer(q: chan of string)
{
	words := array[] of {"alpha", "beta", "gamma", "delta", "epsilon"};
	for(i := 0; i < len words; i++)
		q <-= sys->sprint("%d:%s", i, words[i]);
	q <-= nil;
}
