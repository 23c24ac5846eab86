#args: 30 100
implement BigNum;

include "sys.m";
	sys: Sys;
include "draw.m";

BigNum: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Base: con 10000;

# little-endian limbs in base 10000; no leading zero limbs except for zero itself
Num: adt {
	d:	array of int;

	small:	fn(n: int): ref Num;
	add:	fn(a: self ref Num, b: ref Num): ref Num;
	mulsmall:	fn(a: self ref Num, m: int): ref Num;
	mul:	fn(a: self ref Num, b: ref Num): ref Num;
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

Num.small(n: int): ref Num
{
	d := array[3] of {* => 0};
	for(i := 0; i < len d; i++){
		d[i] = n % Base;
		n /= Base;
	}
	return ref Num(trim(d));
}

Num.add(a: self ref Num, b: ref Num): ref Num
{
	if(len a.d < len b.d)
		(a, b) = (b, a);
	r := array[len a.d + 1] of int;
	carry := 0;
	for(i := 0; i < len a.d; i++){
		s := a.d[i] + carry;
		if(i < len b.d)
			s += b.d[i];
		(r[i], carry) = (s % Base, s / Base);
	}
	r[len a.d] = carry;
	return ref Num(trim(r));
}

Num.mulsmall(a: self ref Num, m: int): ref Num
{
	return a.mul(Num.small(m));
}

Num.mul(a: self ref Num, b: ref Num): ref Num
{
	r := array[len a.d + len b.d] of {* => 0};
	for(i := 0; i < len a.d; i++){
		carry := 0;
		for(j := 0; j < len b.d; j++){
			t := r[i+j] + a.d[i]*b.d[j] + carry;
			r[i+j] = t % Base;
			carry = t / Base;
		}
		for(k := i + len b.d; carry != 0; k++){
			t := r[k] + carry;
			r[k] = t % Base;
			carry = t / Base;
		}
	}
	return ref Num(trim(r));
}

Num.cmp(a: self ref Num, b: ref Num): int
{
	if(len a.d != len b.d)
		return len a.d - len b.d;
	for(i := len a.d - 1; i >= 0; i--)
		if(a.d[i] != b.d[i])
			return a.d[i] - b.d[i];
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
	s := a.text();
	t := 0;
	for(i := 0; i < len s; i++)
		t += s[i] - '0';
	return t;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nf := int hd tl argv;
	nfib := int hd tl tl argv;

	f := Num.small(1);
	for(i := 2; i <= nf; i++)
		f = f.mulsmall(i);
	sys->print("%d! = %s\n", nf, f.text());
	sys->print("  %d digits, digit sum %d, %d limbs\n", len f.text(), f.digitsum(), len f.d);

	(a, b) := (Num.small(0), Num.small(1));
	for(i = 0; i < nfib; i++)
		(a, b) = (b, a.add(b));
	sys->print("fib(%d) = %s\n", nfib, a.text());

	# cross-check against big arithmetic while it still fits
	x := Num.small(1);
	bx := big 1;
	for(i = 1; i <= 20; i++){
		x = x.mulsmall(i);
		bx *= big i;
	}
	sys->print("20! = %s, big says %bd, agree %d\n", x.text(), bx, x.text() == string bx);
	p := Num.small(2);
	for(i = 1; i < 7; i++)
		p = p.mul(p);
	sys->print("2^64 = %s\n", p.text());
	sys->print("2^64 - 1 overflows big: %bd\n", (big 1 << 63) - big 1 + (big 1 << 63));
	sys->print("cmp(30!, 2^64)=%d cmp(2^64, 2^64)=%d\n",
		sign(f.cmp(p)), sign(p.cmp(p.mulsmall(1))));
}

sign(n: int): int
{
	if(n < 0)
		return -1;
	if(n > 0)
		return 1;
	return 0;
}
