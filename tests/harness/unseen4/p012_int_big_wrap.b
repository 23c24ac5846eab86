implement IntBigWrap;

include "sys.m";
	sys: Sys;
include "draw.m";

IntBigWrap: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

fnv1a(s: string): int
{
	h := int 16r811c9dc5;
	b := array of byte s;
	for(i := 0; i < len b; i++){
		h ^= int b[i];
		h *= 16777619;
	}
	return h;
}

popcount(v: big): int
{
	n := 0;
	for(i := 0; i < 64; i++)
		if(((v >> i) & big 1) != big 0)
			n++;
	return n;
}

factorial(n: int): big
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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := 16r7fffffff;
	sys->print("max %d, max+1 %d, -min %d\n", m, m+1, -(m+1));
	x := 65536;
	sys->print("65536*65536 = %d, as big %bd\n", x*x, big x * big x);
	sys->print("shifts: %d %d %d %d\n", 1<<31, -16>>2, 16r40000000<<1, 255<<24);
	sys->print("bitops: %x %x %x %x\n", 16rf0f0 & 16r3c3c, 16rf0f0 | 16r0f, 16rff ^ 16r5a, ~0);
	sys->print("div/mod: %d %d %d %d\n", 17/5, -17/5, 17%-5, -17%5);
	b: byte = byte 250;
	b += byte 10;
	c := byte 300;
	d := byte -1;
	sys->print("bytes: %d %d %d %d\n", int b, int c, int d, int (b - byte 5));
	for(n := 15; n <= 25; n += 5)
		sys->print("%d! = %bd (%bx)\n", n, factorial(n), factorial(n));
	f21 := factorial(21);
	sys->print("21! wraps: %bd\n", f21);
	bm := big 16r7fffffffffffffff;
	sys->print("bigmax+1 = %bd\n", bm + big 1);
	sys->print("big to int: %d %d\n", int (big 1 << 32 | big 5), int big -3);
	sys->print("popcount: %d %d %d\n", popcount(big 255), popcount(big -1), popcount(big 1<<40 | big 7));
	sys->print("gcd: %bd %bd\n", gcd(big 1071, big 462), gcd(factorial(12), big 1<<20));
	words := array[] of {"", "a", "limbo", "inferno", "dis"};
	for(i := 0; i < len words; i++)
		sys->print("fnv(%s) = %.8ux\n", words[i], fnv1a(words[i]));
	r := 7.9;
	sys->fprint(sys->fildes(2), "conv: %d %d %d %bd\n", int r, int -r, int 2.5, big 1e15);
}
