#args: 25 30
implement BigFact;

include "sys.m";
	sys: Sys;
include "draw.m";

BigFact: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# arbitrary precision naturals as little-endian arrays of base-10000 limbs
BASE: con 10000;

Nat: adt {
	d:	array of int;

	small:	fn(v: int): ref Nat;
	mulsmall:	fn(a: self ref Nat, m: int): ref Nat;
	add:	fn(a: self ref Nat, b: ref Nat): ref Nat;
	text:	fn(a: self ref Nat): string;
	digitsum:	fn(a: self ref Nat): int;
};

Nat.small(v: int): ref Nat
{
	d: list of int;
	n := 0;
	do{
		d = v % BASE :: d;
		v /= BASE;
		n++;
	}while(v > 0);
	a := array[n] of int;
	for(i := n-1; i >= 0; i--){
		a[i] = hd d;
		d = tl d;
	}
	return ref Nat(a);
}

Nat.mulsmall(a: self ref Nat, m: int): ref Nat
{
	r := array[len a.d + 3] of {* => 0};
	carry := 0;
	i: int;
	for(i = 0; i < len a.d; i++){
		t := a.d[i]*m + carry;
		r[i] = t % BASE;
		carry = t / BASE;
	}
	while(carry > 0){
		r[i++] = carry % BASE;
		carry /= BASE;
	}
	return ref Nat(r[0:i]);
}

Nat.add(a: self ref Nat, b: ref Nat): ref Nat
{
	if(len a.d < len b.d)
		(a, b) = (b, a);
	r := array[len a.d + 1] of int;
	carry := 0;
	for(i := 0; i < len a.d; i++){
		t := a.d[i] + carry;
		if(i < len b.d)
			t += b.d[i];
		r[i] = t % BASE;
		carry = t / BASE;
	}
	if(carry){
		r[i] = carry;
		return ref Nat(r);
	}
	return ref Nat(r[0:len a.d]);
}

Nat.text(a: self ref Nat): string
{
	s := string a.d[len a.d - 1];
	for(i := len a.d - 2; i >= 0; i--)
		s += sys->sprint("%.4d", a.d[i]);
	return s;
}

Nat.digitsum(a: self ref Nat): int
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
	for(argv = tl argv; argv != nil; argv = tl argv){
		n := int hd argv;
		f := Nat.small(1);
		for(i := 2; i <= n; i++){
			f = f.mulsmall(i);
			if(i % 10 == 0)
				sys->print("  %d! has %d limbs\n", i, len f.d);
		}
		s := f.text();
		sys->print("%d! = %s (%d digits, digit sum %d)\n", n, s, len s, f.digitsum());
	}
	# fibonacci with big additions
	a := Nat.small(0);
	b := Nat.small(1);
	for(i := 1; i <= 100; i++){
		(a, b) = (b, a.add(b));
		if(i == 50 || i == 90 || i == 100)
			sys->print("fib(%d) = %s\n", i, a.text());
	}
	# cross-check against the big type where it still fits
	x := big 1;
	for(i = 2; i <= 20; i++)
		x *= big i;
	y := Nat.small(1);
	for(i = 2; i <= 20; i++)
		y = y.mulsmall(i);
	sys->print("20! big=%bd nat=%s same=%d\n", x, y.text(), string x == y.text());
}
