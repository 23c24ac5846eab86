implement BigArith;

include "sys.m";
	sys: Sys;
include "draw.m";

BigArith: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

gcd(a, b: big): big
{
	while(b != big 0)
		(a, b) = (b, a % b);
	return a;
}

powmod(b, e, m: big): big
{
	r := big 1;
	b %= m;
	while(e > big 0) {
		if((e & big 1) != big 0)
			r = r * b % m;
		b = b * b % m;
		e >>= 1;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(n := 15; n <= 21; n += 2)
		sys->print("%d! = %bd\n", n, fact(n));
	sys->print("gcd=%bd\n", gcd(fact(20), big 1 << 40 | big 12345));
	sys->print("powmod=%bd\n", powmod(big 3, big 1000003, big 1000000007));

	max := big 16r7FFFFFFFFFFFFFFF;
	sys->print("max=%bd max+1=%bd\n", max, max + big 1);
	sys->print("hex %bx %bX\n", max, big -1);

	# int overflow vs big
	i := 16r7FFFFFFF;
	sys->print("int max=%d +1=%d\n", i, i + 1);
	b := big i + big 1;
	sys->print("big=%bd back to int=%d\n", b, int b);
	sys->print("big 2^40 as int=%d\n", int (big 1 << 40));
	sys->print("big 2^40+7 as int=%d\n", int ((big 1 << 40) + big 7));

	# division and modulo signs
	x := big -17;
	y := big 5;
	sys->print("%bd / %bd = %bd, %% = %bd\n", x, y, x / y, x % y);
	sys->print("%bd >> 2 = %bd, << 3 = %bd\n", x, x >> 2, x << 3);

	# real conversion
	r := real (big 1 << 53);
	sys->print("2^53 as real=%g back=%bd\n", r, big r);
	sys->print("big 2.5=%bd big -2.5=%bd big 3.5=%bd\n", big 2.5, big -2.5, big 3.5);
	sys->print("big of string=%bd\n", big "123456789012345");
	sys->print("string of big=%s\n", string (big 99 * big 1000000000000));

	# mixed comparisons
	sum := big 0;
	for(k := 0; k < 64; k += 7)
		sum += big 1 << k;
	sys->print("sum=%bd (%bx)\n", sum, sum);
	if(sum > big 0)
		sys->print("positive\n");
	neg := big 1 << 63;
	sys->print("1<<63=%bd neg=%d\n", neg, neg < big 0);
}
