#args: 120 10
implement PrimeSieve;

include "sys.m";
	sys: Sys;
include "draw.m";

PrimeSieve: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Stop: con -1;

nfilters := 0;

# emit 2..limit, then the stop marker
generate(limit: int, out: chan of int)
{
	for(i := 2; i <= limit; i++)
		out <-= i;
	out <-= Stop;
}

# pass on everything not divisible by p; forward the stop marker and quit
filter(p: int, in: chan of int, out: chan of int, done: chan of int)
{
	dropped := 0;
	for(;;){
		n := <-in;
		if(n == Stop){
			out <-= Stop;
			done <-= dropped;
			return;
		}
		if(n % p != 0)
			out <-= n;
		else
			dropped++;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	limit := 100;
	perline := 8;
	if(argv != nil)
		argv = tl argv;
	if(argv != nil){
		limit = int hd argv;
		argv = tl argv;
	}
	if(argv != nil)
		perline = int hd argv;
	if(limit < 2 || perline < 1){
		sys->fprint(sys->fildes(2), "primesieve: bad arguments\n");
		raise "fail:usage";
	}

	done := chan of int;
	src := chan of int;
	spawn generate(limit, src);

	primes := array[limit] of int;
	np := 0;
	c := src;
	for(;;){
		p := <-c;
		if(p == Stop)
			break;
		primes[np++] = p;
		next := chan of int;
		spawn filter(p, c, next, done);
		nfilters++;
		c = next;
	}

	# every filter reports how many multiples it removed
	total := 0;
	for(i := 0; i < nfilters; i++)
		total += <-done;

	sys->print("primes up to %d:\n", limit);
	line := "";
	for(i = 0; i < np; i++){
		line += sys->sprint("%5d", primes[i]);
		if((i+1) % perline == 0){
			sys->print("%s\n", line);
			line = "";
		}
	}
	if(line != nil)
		sys->print("%s\n", line);
	sys->print("count=%d filters=%d removed=%d\n", np, nfilters, total);
	if(np + total != limit - 1)
		sys->fprint(sys->fildes(2), "inconsistent totals\n");
	else
		sys->print("check: %d + %d = %d candidates\n", np, total, limit-1);
}
