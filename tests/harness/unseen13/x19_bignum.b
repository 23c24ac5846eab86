implement BigNum;

include "sys.m";
	sys: Sys;
include "draw.m";

BigNum: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

BASE: con 10000;

# non-negative integers, little-endian limbs of 4 decimal digits
Num: adt {
	d:	array of int;
	fromint:	fn(v: int): ref Num;
	parse:	fn(s: string): ref Num;
	add:	fn(a: self ref Num, b: ref Num): ref Num;
	mul:	fn(a: self ref Num, b: ref Num): ref Num;
	mulsmall:	fn(a: self ref Num, m: int): ref Num;
	divsmall:	fn(a: self ref Num, m: int): (ref Num, int);
	cmp:	fn(a: self ref Num, b: ref Num): int;
	text:	fn(a: self ref Num): string;
	digitsum:	fn(a: self ref Num): int;
};

trim(d: array of int): array of int
{
	n := len d;
	while(n > 1 && d[n-1] == 0)
		n--;
	return d[0:n];
}

Num.fromint(v: int): ref Num
{
	d := array[3] of {* => 0};
	for(i := 0; i < 3; i++){
		d[i] = v % BASE;
		v /= BASE;
	}
	return ref Num(trim(d));
}

Num.parse(s: string): ref Num
{
	d := array[(len s + 3)/4] of {* => 0};
	k := 0;
	for(e := len s; e > 0; e -= 4){
		b := e - 4;
		if(b < 0)
			b = 0;
		d[k++] = int s[b:e];
	}
	return ref Num(trim(d));
}

Num.add(a: self ref Num, b: ref Num): ref Num
{
	n := len a.d;
	if(len b.d > n)
		n = len b.d;
	r := array[n+1] of {* => 0};
	carry := 0;
	for(i := 0; i < n; i++){
		s := carry;
		if(i < len a.d)
			s += a.d[i];
		if(i < len b.d)
			s += b.d[i];
		r[i] = s % BASE;
		carry = s / BASE;
	}
	r[n] = carry;
	return ref Num(trim(r));
}

Num.mul(a: self ref Num, b: ref Num): ref Num
{
	r := array[len a.d + len b.d] of {* => 0};
	for(i := 0; i < len a.d; i++){
		carry := 0;
		for(j := 0; j < len b.d; j++){
			t := r[i+j] + a.d[i]*b.d[j] + carry;
			r[i+j] = t % BASE;
			carry = t / BASE;
		}
		r[i+len b.d] += carry;
	}
	return ref Num(trim(r));
}

Num.mulsmall(a: self ref Num, m: int): ref Num
{
	return a.mul(Num.fromint(m));
}

Num.divsmall(a: self ref Num, m: int): (ref Num, int)
{
	q := array[len a.d] of int;
	rem := 0;
	for(i := len a.d - 1; i >= 0; i--){
		cur := rem*BASE + a.d[i];
		q[i] = cur / m;
		rem = cur % m;
	}
	return (ref Num(trim(q)), rem);
}

Num.cmp(a: self ref Num, b: ref Num): int
{
	if(len a.d != len b.d) return len a.d - len b.d;
	for(i := len a.d - 1; i >= 0; i--)
		if(a.d[i] != b.d[i]) return a.d[i] - b.d[i];
	return 0;
}

Num.text(a: self ref Num): string
{
	s := string a.d[len a.d - 1];
	for(i := len a.d - 2; i >= 0; i--)
		s += sys->sprint("%.4d", a.d[i]);
	return s;
}

Num.digitsum(a: self ref Num): int
{
	t := a.text();
	s := 0;
	for(i := 0; i < len t; i++)
		s += t[i] - '0';
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := Num.fromint(1);
	for(i := 2; i <= 30; i++)
		f = f.mulsmall(i);
	sys->print("30! = %s (digit sum %d)\n", f.text(), f.digitsum());
	(a, b) := (Num.fromint(0), Num.fromint(1));
	for(i = 0; i < 150; i++)
		(a, b) = (b, a.add(b));
	sys->print("fib(150) = %s\n", a.text());
	p := Num.fromint(1);
	for(i = 0; i < 100; i++)
		p = p.mulsmall(2);
	sys->print("2^100 = %s\n", p.text());
	x := Num.parse("123456789012345678901234567890");
	y := Num.parse("987654321098765432109876543210");
	sys->print("x*y = %s\n", x.mul(y).text());
	sys->print("x+y = %s\n", x.add(y).text());
	sys->print("cmp(x,y) < 0: %d\n", x.cmp(y) < 0);
	(q, r) := f.divsmall(7919);
	sys->print("30! / 7919 = %s rem %d\n", q.text(), r);
	# collatz-style walk on a big number, counting steps to reach 1
	n := Num.parse("27");
	one := Num.fromint(1);
	steps := 0;
	peak := n;
	while(n.cmp(one) != 0){
		(h, odd) := n.divsmall(2);
		if(odd)
			n = n.mulsmall(3).add(one);
		else
			n = h;
		if(n.cmp(peak) > 0)
			peak = n;
		steps++;
	}
	sys->print("collatz(27): %d steps, peak %s\n", steps, peak.text());
}
