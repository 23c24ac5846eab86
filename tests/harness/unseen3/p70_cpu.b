implement P70;
include "sys.m";
	sys: Sys;
include "draw.m";
P70: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 200000;
	sieve := array[N] of {* => byte 1};
	sieve[0] = sieve[1] = byte 0;
	for(i := 2; i * i < N; i++)
		if(sieve[i] == byte 1)
			for(j := i * i; j < N; j += i)
				sieve[j] = byte 0;
	cnt := 0;
	last := 0;
	for(i = 0; i < N; i++)
		if(sieve[i] == byte 1){
			cnt++;
			last = i;
		}
	sys->print("primes below %d: %d, largest %d\n", N, cnt, last);
	h := 5381;
	for(i = 0; i < 300000; i++)
		h = h * 33 ^ (i & 255);
	sys->print("hash %d\n", h);
	s := big 0;
	for(i = 0; i < 100000; i++)
		s += big i * big i * big i;
	sys->print("sum cubes %bd\n", s);
	r := 0.0;
	for(i = 1; i <= 100000; i++)
		r += 1.0 / real i;
	sys->print("harmonic %.10f\n", r);
}
