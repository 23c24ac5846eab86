implement NumTheory;

include "sys.m";
	sys: Sys;
include "draw.m";

NumTheory: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

sieve(n: int): array of int
{
	comp := array[n+1] of {* => byte 0};
	count := 0;
	for(i := 2; i <= n; i++){
		if(comp[i] != byte 0)
			continue;
		count++;
		if(i > n/i)
			continue;	# i*i would pass n (or overflow)
		for(j := i*i; j <= n; j += i)
			comp[j] = byte 1;
	}
	p := array[count] of int;
	k := 0;
	for(i = 2; i <= n; i++)
		if(comp[i] == byte 0)
			p[k++] = i;
	return p;
}

factor(n: int): list of (int, int)
{
	f: list of (int, int);
	for(d := 2; d*d <= n; d++){
		e := 0;
		while(n % d == 0){
			n /= d;
			e++;
		}
		if(e > 0)
			f = (d, e) :: f;
	}
	if(n > 1)
		f = (n, 1) :: f;
	r: list of (int, int);
	for(; f != nil; f = tl f)
		r = hd f :: r;
	return r;
}

fstr(f: list of (int, int)): string
{
	s := "";
	for(; f != nil; f = tl f){
		(p, e) := hd f;
		if(s != "")
			s += "*";
		s += string p;
		if(e > 1)
			s += "^" + string e;
	}
	return s;
}

gcd(a, b: int): int
{
	if(b == 0)
		return a;
	return gcd(b, a % b);
}

# returns (g, x, y) with a*x + b*y = g
egcd(a, b: int): (int, int, int)
{
	if(b == 0)
		return (a, 1, 0);
	(g, x, y) := egcd(b, a % b);
	return (g, y, x - (a/b)*y);
}

modinv(a, m: int): int
{
	(g, x, nil) := egcd(a, m);
	if(g != 1)
		return -1;
	return (x % m + m) % m;
}

phi(n: int): int
{
	r := n;
	for(f := factor(n); f != nil; f = tl f){
		(p, nil) := hd f;
		r = r / p * (p - 1);
	}
	return r;
}

# Chinese remainder theorem for pairwise coprime moduli
crt(rs, ms: array of int): (int, int)
{
	x := 0;
	m := 1;
	for(i := 0; i < len rs; i++){
		# solve x + m*t = rs[i] mod ms[i]
		t := ((rs[i] - x) % ms[i] + ms[i]) % ms[i];
		t = t * modinv(m % ms[i], ms[i]) % ms[i];
		x += m * t;
		m *= ms[i];
	}
	return (x, m);
}

# the classic concurrent sieve: a chain of filter processes
generate(c: chan of int, limit: int)
{
	for(i := 2; i <= limit; i++)
		c <-= i;
	c <-= -1;
}

filter(in, out: chan of int, p: int)
{
	for(;;){
		i := <-in;
		if(i < 0){
			out <-= -1;
			return;
		}
		if(i % p != 0)
			out <-= i;
	}
}

chainsieve(limit: int): list of int
{
	c := chan of int;
	spawn generate(c, limit);
	ps: list of int;
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		ps = p :: ps;
		nc := chan of int;
		spawn filter(c, nc, p);
		c = nc;
	}
	r: list of int;
	for(; ps != nil; ps = tl ps)
		r = hd ps :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	p := sieve(100000);
	sys->print("%d primes below 100000, last %d\n", len p, p[len p - 1]);
	twins := 0;
	maxgap := 0;
	gapat := 0;
	for(i := 1; i < len p; i++){
		if(p[i] - p[i-1] == 2)
			twins++;
		if(p[i] - p[i-1] > maxgap){
			maxgap = p[i] - p[i-1];
			gapat = p[i-1];
		}
	}
	sys->print("twin pairs %d, largest gap %d after %d\n", twins, maxgap, gapat);

	nums := array[] of {360, 97, 1001, 65536, 999999, 2147483646, 600851475};
	for(i = 0; i < len nums; i++)
		sys->print("%d = %s, phi=%d\n", nums[i], fstr(factor(nums[i])), phi(nums[i]));

	sys->print("gcd(1071,462)=%d lcm(21,6)=%d\n", gcd(1071, 462), 21/gcd(21, 6)*6);
	(g, x, y) := egcd(240, 46);
	sys->print("egcd(240,46) = %d = 240*%d + 46*%d\n", g, x, y);
	sys->print("inverse of 17 mod 3120 = %d, of 6 mod 9 = %d\n", modinv(17, 3120), modinv(6, 9));

	(r, m) := crt(array[] of {2, 3, 2}, array[] of {3, 5, 7});
	sys->print("x = 2 mod 3, 3 mod 5, 2 mod 7 -> x = %d mod %d\n", r, m);

	# perfect numbers and amicable pairs by divisor sums
	sd := array[10001] of {* => 0};
	for(i = 1; i <= 5000; i++)
		for(j := 2*i; j <= 10000; j += i)
			sd[j] += i;
	sys->print("perfect:");
	for(i = 2; i <= 10000; i++)
		if(sd[i] == i)
			sys->print(" %d", i);
	sys->print("\namicable:");
	for(i = 2; i <= 10000; i++)
		if(sd[i] > i && sd[i] <= 10000 && sd[sd[i]] == i)
			sys->print(" (%d,%d)", i, sd[i]);
	sys->print("\n");

	cs := chainsieve(120);
	sys->print("process-chain sieve found %d primes:", len cs);
	for(; cs != nil; cs = tl cs)
		sys->print(" %d", hd cs);
	sys->print("\n");
}
