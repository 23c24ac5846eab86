#args: 150 7
implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

END: con -1;

stages := 0;

source(out: chan of int, lo, hi: int)
{
	for(i := lo; i <= hi; i++)
		out <-= i;
	out <-= END;
}

# each stage owns one prime; it is created only when a number survives
stage(in: chan of int, primes: chan of int)
{
	p := <-in;
	if(p == END){
		primes <-= END;
		return;
	}
	stages++;
	primes <-= p;
	out: chan of int;
	for(;;){
		x := <-in;
		if(x == END)
			break;
		if(x % p != 0){
			if(out == nil){
				out = chan[4] of int;
				spawn stage(out, primes);
			}
			out <-= x;
		}
	}
	if(out == nil)
		primes <-= END;
	else
		out <-= END;
}

sieve(hi: int): array of int
{
	nums := chan of int;
	primes := chan of int;
	spawn source(nums, 2, hi);
	spawn stage(nums, primes);
	l: list of int;
	n := 0;
	for(;;){
		p := <-primes;
		if(p == END)
			break;
		l = p :: l;
		n++;
	}
	a := array[n] of int;
	for(; l != nil; l = tl l)
		a[--n] = hd l;
	return a;
}

isin(a: array of int, x: int): int
{
	lo := 0;
	hi := len a - 1;
	while(lo <= hi){
		m := (lo + hi) / 2;
		if(a[m] == x)
			return 1;
		if(a[m] < x)
			lo = m + 1;
		else
			hi = m - 1;
	}
	return 0;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	hi := 100;
	width := 10;
	if(tl args != nil){
		hi = int hd tl args;
		if(tl tl args != nil)
			width = int hd tl tl args;
	}
	ps := sieve(hi);
	sys->print("%d primes up to %d (stages=%d)\n", len ps, hi, stages);
	for(i := 0; i < len ps; i++){
		sys->print("%4d", ps[i]);
		if(i % width == width - 1 || i == len ps - 1)
			sys->print("\n");
	}
	sys->print("twins:");
	for(i = 0; i + 1 < len ps; i++)
		if(ps[i + 1] - ps[i] == 2)
			sys->print(" (%d,%d)", ps[i], ps[i + 1]);
	sys->print("\n");
	for(n := 4; n <= 40; n += 6){
		for(i = 0; ps[i] <= n / 2; i++)
			if(isin(ps, n - ps[i])){
				sys->print("goldbach %d = %d + %d\n", n, ps[i], n - ps[i]);
				break;
			}
	}
	maxgap := 0;
	at := 0;
	for(i = 0; i + 1 < len ps; i++)
		if(ps[i + 1] - ps[i] > maxgap){
			maxgap = ps[i + 1] - ps[i];
			at = ps[i];
		}
	sys->print("largest gap %d after %d\n", maxgap, at);
	stages = 0;
	small := sieve(2);
	sys->print("sieve(2): %d prime(s), first %d, stages=%d\n", len small, small[0], stages);
	stages = 0;
	none := sieve(1);
	sys->print("sieve(1): %d primes, stages=%d\n", len none, stages);
}
