implement BigFact;

include "sys.m";
	sys: Sys;
include "draw.m";

BigFact: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# Arbitrary precision natural numbers as arrays of base-10000 limbs, little endian.
BASE: con 10000;

Num: adt {
	d:	array of int;

	small:	fn(v: int): ref Num;
	mulsmall:	fn(a: self ref Num, m: int): ref Num;
	add:	fn(a: self ref Num, b: ref Num): ref Num;
	text:	fn(a: self ref Num): string;
	digitsum:	fn(a: self ref Num): int;
};

Num.small(v: int): ref Num
{
	l: list of int;
	n := 0;
	do{
		l = (v % BASE) :: l;
		v /= BASE;
		n++;
	}while(v > 0);
	d := array[n] of int;
	for(i := n-1; i >= 0; i--){
		d[i] = hd l;
		l = tl l;
	}
	return ref Num(d);
}

Num.mulsmall(a: self ref Num, m: int): ref Num
{
	r := array[len a.d + 3] of {* => 0};
	carry := 0;
	i := 0;
	for(; i < len a.d; i++){
		v := a.d[i]*m + carry;
		r[i] = v % BASE;
		carry = v / BASE;
	}
	while(carry > 0){
		r[i++] = carry % BASE;
		carry /= BASE;
	}
	return ref Num(r[0:i]);
}

Num.add(a: self ref Num, b: ref Num): ref Num
{
	n := len a.d;
	if(len b.d > n)
		n = len b.d;
	r := array[n+1] of int;
	c := 0;
	for(i := 0; i < n; i++){
		v := c;
		if(i < len a.d)
			v += a.d[i];
		if(i < len b.d)
			v += b.d[i];
		r[i] = v % BASE;
		c = v / BASE;
	}
	if(c){
		r[n] = c;
		n++;
	}
	return ref Num(r[0:n]);
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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := Num.small(1);
	for(n := 1; n <= 100; n++){
		f = f.mulsmall(n);
		case n {
		5 or 10 or 20 or 25 =>
			sys->print("%d! = %s\n", n, f.text());
		50 or 100 =>
			t := f.text();
			z := 0;
			for(i := len t - 1; i >= 0 && t[i] == '0'; i--)
				z++;
			sys->print("%d! has %d digits, digit sum %d, %d trailing zeros\n", n, len t, f.digitsum(), z);
			sys->print("   leading: %s...\n", t[0:20]);
		}
	}
	# compare with big for 20!
	b := big 1;
	for(n = 1; n <= 20; n++)
		b *= big n;
	sys->print("big 20! = %bd, hex %bux\n", b, b);
	# fibonacci 1..300 with Num
	x := Num.small(0);
	y := Num.small(1);
	for(n = 1; n < 300; n++)
		(x, y) = (y, x.add(y));
	sys->print("fib(300) = %s\n", y.text());
	sys->print("fib(300) digits=%d digitsum=%d\n", len y.text(), y.digitsum());
	# 2^200
	p := Num.small(1);
	for(n = 0; n < 200; n++)
		p = p.mulsmall(2);
	sys->print("2^200 = %s\n", p.text());
}
