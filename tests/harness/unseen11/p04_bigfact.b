#args: 30 52 100
implement BigFact;

include "sys.m";
	sys: Sys;
include "draw.m";

BigFact: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

BASE: con 10000;

# a natural number as little-endian limbs of 4 decimal digits
Num: adt {
	d:	array of int;
	n:	int;

	new:	fn(v: int): ref Num;
	mulsmall:	fn(x: self ref Num, m: int);
	add:	fn(x: self ref Num, y: ref Num): ref Num;
	text:	fn(x: self ref Num): string;
	digitsum:	fn(x: self ref Num): int;
};

Num.new(v: int): ref Num
{
	x := ref Num(array[4] of {* => 0}, 0);
	while(v > 0){
		x.d[x.n++] = v % BASE;
		v /= BASE;
	}
	if(x.n == 0)
		x.n = 1;
	return x;
}

grow(x: ref Num, need: int)
{
	if(need <= len x.d)
		return;
	nd := array[2*need] of {* => 0};
	nd[0:] = x.d[0:x.n];
	x.d = nd;
}

Num.mulsmall(x: self ref Num, m: int)
{
	carry := 0;
	for(i := 0; i < x.n; i++){
		t := x.d[i] * m + carry;
		x.d[i] = t % BASE;
		carry = t / BASE;
	}
	while(carry > 0){
		grow(x, x.n + 1);
		x.d[x.n++] = carry % BASE;
		carry /= BASE;
	}
}

Num.add(x: self ref Num, y: ref Num): ref Num
{
	n := x.n;
	if(y.n > n)
		n = y.n;
	r := ref Num(array[n+1] of {* => 0}, 0);
	carry := 0;
	for(i := 0; i < n; i++){
		t := carry;
		if(i < x.n)
			t += x.d[i];
		if(i < y.n)
			t += y.d[i];
		r.d[i] = t % BASE;
		carry = t / BASE;
	}
	r.n = n;
	if(carry)
		r.d[r.n++] = carry;
	return r;
}

Num.text(x: self ref Num): string
{
	s := string x.d[x.n-1];
	for(i := x.n - 2; i >= 0; i--)
		s += sys->sprint("%.4d", x.d[i]);
	return s;
}

Num.digitsum(x: self ref Num): int
{
	s := 0;
	for(i := 0; i < x.n; i++)
		for(v := x.d[i]; v > 0; v /= 10)
			s += v % 10;
	return s;
}

factorial(n: int): ref Num
{
	f := Num.new(1);
	for(i := 2; i <= n; i++)
		f.mulsmall(i);
	return f;
}

trailingzeros(s: string): int
{
	z := 0;
	for(i := len s - 1; i >= 0 && s[i] == '0'; i--)
		z++;
	return z;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		n := int hd argv;
		f := factorial(n);
		s := f.text();
		sys->print("%d! has %d digits, digit sum %d, %d trailing zeros\n",
			n, len s, f.digitsum(), trailingzeros(s));
		for(i := 0; i < len s; i += 60){
			e := i + 60;
			if(e > len s)
				e = len s;
			sys->print("  %s\n", s[i:e]);
		}
	}

	# powers of two by repeated doubling, cross-checked with big where possible
	p := Num.new(1);
	for(k := 1; k <= 128; k++){
		p = p.add(p);
		if(k <= 62 && p.text() != string (big 1 << k))
			sys->print("mismatch at 2^%d\n", k);
		if(k % 32 == 0)
			sys->print("2^%d = %s\n", k, p.text());
	}
}
