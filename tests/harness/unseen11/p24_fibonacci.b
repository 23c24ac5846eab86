implement Fibonacci;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Fibonacci: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# fast doubling: returns (F(n), F(n+1)) modulo 2^64 via big wraparound
fibpair(n: int): (big, big)
{
	if(n == 0)
		return (big 0, big 1);
	(a, b) := fibpair(n >> 1);
	c := a * (big 2 * b - a);
	d := a * a + b * b;
	if(n & 1)
		return (d, c + d);
	return (c, d);
}

fibmod(n: big, mi: int): int
{
	# iterative 2x2 matrix power; products need 64 bits
	m := big mi;
	(r00, r01, r10, r11) := (big 1, big 0, big 0, big 1);
	(a00, a01, a10, a11) := (big 1, big 1, big 1, big 0);
	while(n > big 0){
		if((n & big 1) == big 1)
			(r00, r01, r10, r11) = ((r00*a00 + r01*a10) % m, (r00*a01 + r01*a11) % m,
				(r10*a00 + r11*a10) % m, (r10*a01 + r11*a11) % m);
		(a00, a01, a10, a11) = ((a00*a00 + a01*a10) % m, (a00*a01 + a01*a11) % m,
			(a10*a00 + a11*a10) % m, (a10*a01 + a11*a11) % m);
		n >>= 1;
	}
	return int r01;
}

pisano(m: int): int
{
	(a, b) := (0, 1);
	for(i := 1; i <= 6*m; i++){
		(a, b) = (b, (a + b) % m);
		if(a == 0 && b == 1)
			return i;
	}
	return -1;
}

zeckendorf(n: int): string
{
	fibs: list of int;
	(a, b) := (1, 2);
	while(a <= n){
		fibs = a :: fibs;
		(a, b) = (b, a + b);
	}
	s := "";
	for(; fibs != nil; fibs = tl fibs)
		if(hd fibs <= n){
			if(s != "")
				s += "+";
			s += string hd fibs;
			n -= hd fibs;
		}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	# find where int and big stop being right
	(a, b) := (0, 1);
	(ba, bb) := (big 0, big 1);
	intbad := -1;
	bigbad := -1;
	for(n := 0; n < 100; n++){
		if(intbad < 0 && big a != ba)
			intbad = n;
		if(bigbad < 0 && ba < big 0)
			bigbad = n;
		(a, b) = (b, a + b);
		(ba, bb) = (bb, ba + bb);
	}
	sys->print("int first wrong at F(%d), big goes negative at F(%d)\n", intbad, bigbad);
	for(n = 45; n <= 48; n++){
		(f, nil) := fibpair(n);
		sys->print("F(%d) = %bd (as int %d)\n", n, f, int f);
	}
	(f92, f93) := fibpair(92);
	sys->print("F(92) = %bd\nF(93) = %bd (wrapped)\n", f92, f93);

	phi := (1.0 + math->sqrt(5.0)) / 2.0;
	for(n = 10; n <= 80; n += 14){
		(f, nil) := fibpair(n);
		binet := math->pow(phi, real n) / math->sqrt(5.0);
		sys->print("F(%d)=%bd binet=%.1f rounded ok=%d\n", n, f, binet, big math->floor(binet + 0.5) == f);
	}

	sys->print("F(10^k) mod 1000000007:");
	p := big 1;
	for(k := 0; k <= 18; k += 3){
		sys->print(" %d", fibmod(p, 1000000007));
		p *= big 1000;
	}
	sys->print("\n");

	sys->print("pisano periods:");
	for(m := 2; m <= 12; m++)
		sys->print(" %d:%d", m, pisano(m));
	sys->print("\n");

	for(z := 10; z <= 1000; z = z * 3 + 1)
		sys->print("zeckendorf(%d) = %s\n", z, zeckendorf(z));
}
