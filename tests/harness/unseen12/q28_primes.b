#args: 1000000 1000200
implement Primes;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Primes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# bitmap sieve of small primes up to n
smallprimes(n: int): array of int
{
	bits := array[n/8 + 1] of { * => byte 16rFF };
	bits[0] &= byte ~3;	# 0 and 1
	for(i := 2; i*i <= n; i++)
		if(int bits[i>>3] & (1 << (i&7)))
			for(j := i*i; j <= n; j += i)
				bits[j>>3] &= byte ~(1 << (j&7));
	count := 0;
	for(i = 2; i <= n; i++)
		if(int bits[i>>3] & (1 << (i&7)))
			count++;
	p := array[count] of int;
	k := 0;
	for(i = 2; i <= n; i++)
		if(int bits[i>>3] & (1 << (i&7)))
			p[k++] = i;
	return p;
}

# segmented sieve over [lo, hi]
segment(lo, hi: int): list of int
{
	if(lo < 2)
		lo = 2;
	if(hi < lo)
		return nil;
	lim := int math->sqrt(real hi) + 1;
	small := smallprimes(lim);
	mark := array[hi - lo + 1] of { * => 1 };
	for(i := 0; i < len small; i++){
		p := small[i];
		start := (lo + p - 1) / p * p;
		if(start < p*p)
			start = p*p;
		for(j := start; j <= hi; j += p)
			mark[j - lo] = 0;
	}
	l: list of int;
	for(i = len mark - 1; i >= 0; i--)
		if(mark[i])
			l = (lo + i) :: l;
	return l;
}

# the classic concurrent sieve: a chain of filter processes
generate(out: chan of int)
{
	for(i := 2; ; i++)
		out <-= i;
}

filter(in, out: chan of int, p: int)
{
	for(;;){
		i := <-in;
		if(i % p)
			out <-= i;
	}
}

csp(n: int): array of int
{
	r := array[n] of int;
	c := chan of int;
	pids := array[n+1] of int;
	pidc := chan of int;
	spawn gen(c, pidc);
	pids[0] = <-pidc;
	for(k := 0; k < n; k++){
		p := <-c;
		r[k] = p;
		nc := chan of int;
		spawn filt(c, nc, p, pidc);
		pids[k+1] = <-pidc;
		c = nc;
	}
	# kill the pipeline so the program can exit
	for(k = 0; k <= n; k++){
		fd := sys->open(sys->sprint("#p/%d/ctl", pids[k]), Sys->OWRITE);
		if(fd != nil)
			sys->fprint(fd, "kill");
	}
	return r;
}

gen(out: chan of int, pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	generate(out);
}

filt(in, out: chan of int, p: int, pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	filter(in, out, p);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	stderr = sys->fildes(2);

	if(len argv != 3){
		sys->fprint(stderr, "usage: primes lo hi\n");
		raise "fail:usage";
	}
	lo := int hd tl argv;
	hi := int hd tl tl argv;
	l := segment(lo, hi);
	col := 0;
	prev := -10;
	twins := 0;
	for(; l != nil; l = tl l){
		sys->print("%8d", hd l);
		if(++col % 8 == 0)
			sys->print("\n");
		if(hd l - prev == 2)
			twins++;
		prev = hd l;
	}
	if(col % 8)
		sys->print("\n");
	sys->print("%d primes in [%d,%d], %d twin pairs\n", col, lo, hi, twins);

	sp := smallprimes(100000);
	sys->print("pi(100000) = %d, largest %d\n", len sp, sp[len sp - 1]);
	cp := csp(25);
	ok := 1;
	for(i := 0; i < len cp; i++)
		if(cp[i] != sp[i])
			ok = 0;
	sys->print("csp sieve first %d: ..., %d, %d; agrees %d\n", len cp, cp[len cp-2], cp[len cp-1], ok);
}
