implement DivMod;

include "sys.m";
	sys: Sys;
include "draw.m";

DivMod: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# floor division and modulo built on the truncating operators
fdiv(a, b: int): int
{
	q := a / b;
	if((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

fmod(a, b: int): int
{
	m := a % b;
	if(m != 0 && ((m < 0) != (b < 0)))
		m += b;
	return m;
}

gcd(a, b: big): big
{
	if(a < big 0)
		a = -a;
	if(b < big 0)
		b = -b;
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

radix(v: int, base: int): string
{
	digits := "0123456789abcdefghijklmnopqrstuvwxyz";
	if(v == 0)
		return "0";
	neg := v < 0;
	s := "";
	while(v != 0) {
		d := v % base;
		if(d < 0)
			d = -d;
		s = digits[d:d+1] + s;
		v /= base;
	}
	if(neg)
		s = "-" + s;
	return s;
}

safediv(a, b: int): string
{
	{
		return string (a / b);
	} exception {
	"*" =>
		return "trapped";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("  a   b |  a/b  a%%b | fdiv fmod\n");
	pairs := array[] of {(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 7), (-1, 7), (6, 3), (-6, 3)};
	for(i := 0; i < len pairs; i++) {
		(a, b) := pairs[i];
		sys->print("%3d %3d | %4d %4d | %4d %4d\n", a, b, a / b, a % b, fdiv(a, b), fmod(a, b));
	}

	# identity a == (a/b)*b + a%b holds for every sign combination
	bad := 0;
	for(a := -20; a <= 20; a++)
		for(b := -6; b <= 6; b++)
			if(b != 0 && (a / b) * b + a % b != a)
				bad++;
	sys->print("identity violations: %d\n", bad);

	# the same with big
	bp := array[] of {(big -17, big 5), (big 1 << 40, big -3), (big -1 << 62, big 7)};
	for(i = 0; i < len bp; i++) {
		(x, y) := bp[i];
		sys->print("big %bd / %bd = %bd rem %bd\n", x, y, x / y, x % y);
	}

	# shifts: arithmetic on signed ints and bigs
	sys->print("-16>>2=%d -1>>10=%d 16r80000000>>4=%d\n", -16 >> 2, -1 >> 10, int 16r80000000 >> 4);
	sys->print("big -256>>4=%bd\n", big -256 >> 4);
	sys->print("dividing -9 by 2: /=%d >>=%d\n", -9 / 2, -9 >> 1);

	# byte division is unsigned
	b1 := byte 250;
	b2 := byte 7;
	sys->print("byte 250/7=%d 250%%7=%d\n", int (b1 / b2), int (b1 % b2));

	sys->print("gcd(1071, 462)=%bd gcd(-48, 180)=%bd gcd(0, 9)=%bd\n",
		gcd(big 1071, big 462), gcd(big -48, big 180), gcd(big 0, big 9));
	sys->print("3^200 mod 1000007 = %bd, 2^62 mod 1e9+7 = %bd\n",
		powmod(big 3, big 200, big 1000007), powmod(big 2, big 62, big 1000000007));

	vals := array[] of {255, -255, 1000, 0, -2147483647 - 1};
	for(i = 0; i < len vals; i++)
		sys->print("%d: b2=%s b8=%s b16=%s b36=%s\n", vals[i],
			radix(vals[i], 2), radix(vals[i], 8), radix(vals[i], 16), radix(vals[i], 36));

	sys->print("10/0 -> %s, 10/3 -> %s, minint/-1 -> %s\n",
		safediv(10, 0), safediv(10, 3), safediv(-2147483647 - 1, -1));
}
