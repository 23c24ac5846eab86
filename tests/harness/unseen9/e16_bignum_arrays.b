implement Bignum;

include "sys.m";
	sys: Sys;
include "draw.m";
include "ipints.m";
	ipints: IPints;
	IPint: import ipints;

Bignum: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

BASE: con 10000;

# little-endian limbs in base 10000, no leading zero limbs (zero is one limb 0)
Num: adt {
	d:	array of int;

	mk:	fn(v: int): ref Num;
	add:	fn(a: self ref Num, b: ref Num): ref Num;
	mulsmall:	fn(a: self ref Num, m: int): ref Num;
	mul:	fn(a: self ref Num, b: ref Num): ref Num;
	divsmall:	fn(a: self ref Num, m: int): (ref Num, int);
	text:	fn(a: self ref Num): string;
	digitsum:	fn(a: self ref Num): int;
};

trim(d: array of int): ref Num
{
	n := len d;
	while(n > 1 && d[n-1] == 0)
		n--;
	return ref Num(d[0:n]);
}

Num.mk(v: int): ref Num
{
	d := array[4] of {* => 0};
	for(i := 0; i < 4; i++){
		d[i] = v % BASE;
		v /= BASE;
	}
	return trim(d);
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
	return trim(r);
}

Num.mulsmall(a: self ref Num, m: int): ref Num
{
	r := array[len a.d + 3] of {* => 0};
	carry := 0;
	for(i := 0; i < len a.d; i++){
		p := a.d[i]*m + carry;
		r[i] = p % BASE;
		carry = p / BASE;
	}
	for(i = len a.d; carry > 0; i++){
		r[i] = carry % BASE;
		carry /= BASE;
	}
	return trim(r);
}

Num.mul(a: self ref Num, b: ref Num): ref Num
{
	r := array[len a.d + len b.d] of {* => 0};
	for(i := 0; i < len a.d; i++){
		carry := 0;
		for(j := 0; j < len b.d; j++){
			p := r[i+j] + a.d[i]*b.d[j] + carry;
			r[i+j] = p % BASE;
			carry = p / BASE;
		}
		r[i + len b.d] += carry;
	}
	return trim(r);
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
	return (trim(q), rem);
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
	s := a.text();
	t := 0;
	for(i := 0; i < len s; i++)
		t += s[i] - '0';
	return t;
}

wrap(s: string, w: int)
{
	for(i := 0; i < len s; i += w){
		e := i + w;
		if(e > len s)
			e = len s;
		sys->print("    %s\n", s[i:e]);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	f := Num.mk(1);
	for(i := 2; i <= 100; i++)
		f = f.mulsmall(i);
	s := f.text();
	sys->print("100! has %d digits, digit sum %d:\n", len s, f.digitsum());
	wrap(s, 64);
	z := 0;
	for(i = len s - 1; i >= 0 && s[i] == '0'; i--)
		z++;
	sys->print("trailing zeros %d\n", z);

	p := Num.mk(1);
	two := Num.mk(2);
	for(i = 0; i < 256; i++)
		p = p.mul(two);
	sys->print("2^256 = %s\n", p.text());

	a := Num.mk(0);
	b := Num.mk(1);
	for(i = 0; i < 300; i++)
		(a, b) = (b, a.add(b));
	sys->print("fib(300) = %s\n", a.text());

	# repeated division: 100! in base 7 digit count, and mod checks
	(q, r) := f.divsmall(9973);
	sys->print("100! mod 9973 = %d; quotient has %d digits\n", r, len q.text());
	(nil, r) = p.divsmall(1000);
	sys->print("2^256 mod 1000 = %d\n", r);

	sq := Num.mk(99999999).mul(Num.mk(99999999));
	sys->print("99999999^2 = %s\n", sq.text());

	ipints = load IPints IPints->PATH;
	if(ipints == nil){
		sys->print("no IPints: %r\n");
		return;
	}
	g := IPint.inttoip(1);
	for(i = 2; i <= 100; i++)
		g = g.mul(IPint.inttoip(i));
	sys->print("IPint agrees on 100!: %d\n", g.iptostr(10) == s);
	h := IPint.strtoip(a.text(), 10);
	sys->print("fib(300) in hex: %s\n", h.iptostr(16));
	sys->print("bits in 2^256: %d\n", IPint.strtoip(p.text(), 10).bits());
}
