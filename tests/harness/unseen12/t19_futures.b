implement Futures;

include "sys.m";
	sys: Sys;
include "draw.m";

Futures: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Result: adt {
	val:	big;
	err:	string;
};

Future: adt {
	name:	string;
	c:	chan of ref Result;
	r:	ref Result;

	start:	fn(name: string, f: ref fn(arg: int): big, arg: int): ref Future;
	get:	fn(fu: self ref Future): big;
	ready:	fn(fu: self ref Future): int;
};

run(c: chan of ref Result, f: ref fn(arg: int): big, arg: int)
{
	r := ref Result(big 0, nil);
	{
		r.val = f(arg);
	} exception e {
	"*" =>
		r.err = e;
	}
	c <-= r;
}

Future.start(name: string, f: ref fn(arg: int): big, arg: int): ref Future
{
	fu := ref Future(name, chan[1] of ref Result, nil);
	spawn run(fu.c, f, arg);
	return fu;
}

Future.get(fu: self ref Future): big
{
	if(fu.r == nil)
		fu.r = <-fu.c;
	if(fu.r.err != nil)
		raise "future " + fu.name + ": " + fu.r.err;
	return fu.r.val;
}

# a settled future can be polled without blocking
Future.ready(fu: self ref Future): int
{
	if(fu.r != nil)
		return 1;
	alt {
	r := <-fu.c =>
		fu.r = r;
		return 1;
	* =>
		return 0;
	}
}

fib(n: int): big
{
	if(n < 2)
		return big n;
	return fib(n-1) + fib(n-2);
}

primecount(n: int): big
{
	sieve := array[n+1] of {* => byte 1};
	c := 0;
	for(i := 2; i <= n; i++)
		if(int sieve[i]){
			c++;
			for(j := i*i; j <= n; j += i)
				sieve[j] = byte 0;
		}
	return big c;
}

# digit sum of 2**n, using decimal digits in an array
powdigits(n: int): big
{
	d := array[n/3 + 2] of {* => 0};
	d[0] = 1;
	nd := 1;
	for(k := 0; k < n; k++){
		carry := 0;
		for(i := 0; i < nd; i++){
			x := d[i]*2 + carry;
			d[i] = x % 10;
			carry = x / 10;
		}
		if(carry)
			d[nd++] = carry;
	}
	s := big 0;
	for(i := 0; i < nd; i++)
		s += big d[i];
	return s;
}

factorial(n: int): big
{
	if(n < 0)
		raise "negative argument";
	f := big 1;
	for(i := 2; i <= n; i++){
		if(f > (big 1 << 62) / big i)
			raise sys->sprint("overflow at %d!", i);
		f *= big i;
	}
	return f;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	futs := array[] of {
		Future.start("fib(24)", fib, 24),
		Future.start("primes<=20000", primecount, 20000),
		Future.start("digitsum(2^500)", powdigits, 500),
		Future.start("20!", factorial, 20),
		Future.start("30!", factorial, 30),
		Future.start("(-1)!", factorial, -1),
	};
	# wait for all of them in order; errors come back as exceptions
	for(i := 0; i < len futs; i++){
		fu := futs[i];
		{
			sys->print("%-16s = %bd\n", fu.name, fu.get());
		} exception e {
		"future *" =>
			sys->print("%-16s failed: %s\n", fu.name, e[len "future " + len fu.name + 2:]);
		}
	}
	settled := 0;
	for(i = 0; i < len futs; i++)
		settled += futs[i].ready();
	sys->print("settled: %d of %d\n", settled, len futs);

	# combine results: a second round of futures that use the first round's values
	n := int futs[2].get();
	g := Future.start("fib(digitsum/30)", fib, n / 30);
	h := Future.start("primes<=digitsum", primecount, n);
	sys->print("%s = %bd, %s = %bd\n", g.name, g.get(), h.name, h.get());
	sys->print("ratio fib(24)/20! = %g\n", real futs[0].get() / real futs[3].get());
}
