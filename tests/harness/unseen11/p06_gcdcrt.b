implement GcdCrt;

include "sys.m";
	sys: Sys;
include "draw.m";

GcdCrt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

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

# binary gcd on ints, Stein's algorithm
bgcd(a, b: int): int
{
	if(a == 0)
		return b;
	if(b == 0)
		return a;
	shift := 0;
	while(((a | b) & 1) == 0){
		a >>= 1;
		b >>= 1;
		shift++;
	}
	while((a & 1) == 0)
		a >>= 1;
	do{
		while((b & 1) == 0)
			b >>= 1;
		if(a > b)
			(a, b) = (b, a);
		b -= a;
	}while(b != 0);
	return a << shift;
}

# returns (g, x, y) with a*x + b*y = g
egcd(a, b: big): (big, big, big)
{
	(x0, y0, x1, y1) := (big 1, big 0, big 0, big 1);
	while(b != big 0){
		q := a / b;
		(a, b) = (b, a - q*b);
		(x0, x1) = (x1, x0 - q*x1);
		(y0, y1) = (y1, y0 - q*y1);
	}
	return (a, x0, y0);
}

modinv(a, m: big): big
{
	(g, x, nil) := egcd(a, m);
	if(g != big 1)
		raise "no inverse";
	x %= m;
	if(x < big 0)
		x += m;
	return x;
}

# solve x = r[i] mod m[i]
crt(r, m: array of big): (big, big)
{
	x := big 0;
	M := big 1;
	for(i := 0; i < len m; i++)
		M *= m[i];
	for(i = 0; i < len m; i++){
		Mi := M / m[i];
		x = (x + r[i] * Mi % M * modinv(Mi % m[i], m[i])) % M;
	}
	return (x, M);
}

contfrac(p, q: big): string
{
	s := "[";
	sep := "";
	while(q != big 0){
		s += sep + string (p / q);
		(p, q) = (q, p % q);
		if(sep == "")
			sep = "; ";
		else
			sep = ", ";
	}
	return s + "]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	pairs := array[] of {(big 48, big 18), (big -48, big 18), (big 1071, big 462),
		(big 17, big 0), (big 123456789012, big 9876543210), (big 1 << 40, big 6 << 30)};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		(g, x, y) := egcd(a, b);
		lcm := big 0;
		if(g != big 0)
			lcm = a / g * b;
		sys->print("gcd(%bd,%bd)=%bd  %bd*%bd + %bd*%bd = %bd  lcm=%bd\n",
			a, b, gcd(a, b), a, x, b, y, a*x + b*y, lcm);
	}

	sys->print("binary gcd: %d %d %d %d\n", bgcd(48, 18), bgcd(1 << 20, 3 << 12),
		bgcd(99991, 99989), bgcd(0, 7));

	m := big 1000000007;
	for(v := big 2; v < big 100000; v *= big 17){
		inv := modinv(v, m);
		sys->print("inverse of %bd mod %bd = %bd (check %bd)\n", v, m, inv, v * inv % m);
	}
	{
		modinv(big 6, big 9);
	} exception e {
	"no inverse" =>
		sys->print("6 has no inverse mod 9: %s\n", e);
	}

	(x, M) := crt(array[] of {big 2, big 3, big 2}, array[] of {big 3, big 5, big 7});
	sys->print("Sunzi: x = %bd mod %bd\n", x, M);
	(x, M) = crt(array[] of {big 1, big 2, big 3, big 4}, array[] of {big 101, big 103, big 107, big 109});
	sys->print("crt: x = %bd mod %bd; residues", x, M);
	for(k := 101; k <= 109; k += 2)
		if(k != 105)
			sys->print(" %bd", x % big k);
	sys->print("\n");

	sys->print("355/113 = %s\n", contfrac(big 355, big 113));
	sys->print("103993/33102 = %s\n", contfrac(big 103993, big 33102));
	sys->print("fib ratio 6765/4181 = %s\n", contfrac(big 6765, big 4181));
}
