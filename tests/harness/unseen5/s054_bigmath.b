implement BigMath;

include "sys.m";
	sys: Sys;
include "draw.m";

BigMath: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

binom(n, k: int): big
{
	if(k > n - k)
		k = n - k;
	r := big 1;
	for(i := 1; i <= k; i++)
		r = r * big (n - k + i) / big i;
	return r;
}

isqrt(n: big): big
{
	if(n < big 2)
		return n;
	x := n;
	y := (x + big 1) / big 2;
	while(y < x){
		x = y;
		y = (x + n / x) / big 2;
	}
	return x;
}

digitsum(n: big): int
{
	s := 0;
	while(n > big 0){
		s += int (n % big 10);
		n /= big 10;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 0; n <= 20; n += 4)
		sys->print("%2d! = %bd (digit sum %d)\n", n, fact(n), digitsum(fact(n)));
	sys->print("21! overflows to %bd\n", fact(21));
	a := big 0;
	b := big 1;
	for(i := 1; i <= 90; i++){
		(a, b) = (b, a + b);
		if(i % 15 == 0)
			sys->print("fib(%d) = %bd\n", i, a);
	}
	sys->print("C(50,25) = %bd\n", binom(50, 25));
	sys->print("C(60,30) = %bd\n", binom(60, 30));
	sys->print("isqrt(10^18) = %bd, isqrt(2*10^18) = %bd\n", isqrt(big 1000000000000000000), isqrt(big 2000000000000000000));
	v := big "123456789012345678";
	sys->print("parsed %bd, /7 = %bd rem %bd\n", v, v / big 7, v % big 7);
	sys->print("neg: %bd %bd %bd\n", big -17 / big 5, big -17 % big 5, -v);
	sys->print("string of big: %s, hex %bx\n", string (v * big 3), v);
	sys->print("mixed: int(big 2^31) = %d, big(int -5) = %bd\n", int (big 1 << 31), big -5);
}
