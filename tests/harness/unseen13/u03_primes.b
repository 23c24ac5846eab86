#args: 100 7
implement Primes;

include "sys.m";
include "draw.m";

sys: Sys;
print: import sys;

Primes: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

sieve(n: int): array of byte
{
	c := array[n+1] of {* => byte 1};
	c[0] = c[1] = byte 0;
	for(i := 2; i*i <= n; i++)
		if(int c[i])
			for(j := i*i; j <= n; j += i)
				c[j] = byte 0;
	return c;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	if(len argv != 2){
		sys->fprint(sys->fildes(2), "usage: primes limit cols\n");
		raise "fail:usage";
	}
	n := int hd argv;
	cols := int hd tl argv;
	c := sieve(n);
	col := 0;
	cnt := 0;
	sum := big 0;
	twins: list of (int, int);
	last := -10;
	for(i := 2; i <= n; i++){
		if(!int c[i])
			continue;
		print("%5d", i);
		if(++col == cols){
			print("\n");
			col = 0;
		}
		cnt++;
		sum += big i;
		if(i - last == 2)
			twins = (last, i) :: twins;
		last = i;
	}
	if(col)
		print("\n");
	print("count %d sum %bd\n", cnt, sum);
	rev: list of (int, int);
	for(; twins != nil; twins = tl twins)
		rev = hd twins :: rev;
	print("twin primes:");
	for(; rev != nil; rev = tl rev){
		(a, b) := hd rev;
		print(" (%d,%d)", a, b);
	}
	print("\n");
}
