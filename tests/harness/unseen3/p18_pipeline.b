implement P18;
include "sys.m";
	sys: Sys;
include "draw.m";
P18: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

# concurrent prime sieve
gen(c: chan of int, max: int)
{
	for(i := 2; i <= max; i++)
		c <-= i;
	c <-= 0;
}

filter(p: int, in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v == 0){
			out <-= 0;
			return;
		}
		if(v % p)
			out <-= v;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn gen(c, 120);
	n := 0;
	for(;;){
		p := <-c;
		if(p == 0)
			break;
		sys->print("%d ", p);
		n++;
		c1 := chan of int;
		spawn filter(p, c, c1);
		c = c1;
	}
	sys->print("\n%d primes\n", n);
	# fan-in with ordered collection via per-worker reply channels
	res := array[5] of chan of big;
	for(i := 0; i < 5; i++){
		res[i] = chan of big;
		spawn fib(i * 10, res[i]);
	}
	for(i = 0; i < 5; i++)
		sys->print("fib(%d) = %bd\n", i * 10, <-res[i]);
}

fib(n: int, r: chan of big)
{
	a := big 0;
	b := big 1;
	for(i := 0; i < n; i++)
		(a, b) = (b, a + b);
	r <-= a;
}
