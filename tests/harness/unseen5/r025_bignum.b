implement Bignum;

include "sys.m";
	sys: Sys;
include "draw.m";

Bignum: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

BASE: con 10000;	# each int holds 4 decimal digits

Num: adt {
	d:	array of int;	# little endian limbs

	fromint:	fn(v: int): ref Num;
	fromstr:	fn(s: string): ref Num;
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

Num.fromint(v: int): ref Num
{
	if(v == 0)
		return ref Num(array[] of {0});
	l: list of int;
	n := 0;
	while(v > 0){
		l = v % BASE :: l;
		v /= BASE;
		n++;
	}
	d := array[n] of int;
	for(i := n-1; i >= 0; i--){
		d[i] = hd l;
		l = tl l;
	}
	return ref Num(d);
}

Num.fromstr(s: string): ref Num
{
	n := (len s + 3) / 4;
	d := array[n] of {* => 0};
	k := 0;
	for(i := len s; i > 0; i -= 4){
		j := i - 4;
		if(j < 0)
			j = 0;
		d[k++] = int s[j:i];
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

Num.mulsmall(a: self ref Num, m: int): ref Num
{
	r := array[len a.d + 3] of {* => 0};
	carry := 0;
	for(i := 0; i < len a.d; i++){
		p := a.d[i]*m + carry;
		r[i] = p % BASE;
		carry = p / BASE;
	}
	while(carry > 0){
		r[i++] = carry % BASE;
		carry /= BASE;
	}
	return ref Num(trim(r));
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
		r[i+len b.d] += carry;
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
	for(i := 1; i <= 30; i++){
		f = f.mulsmall(i);
		if(i % 10 == 0)
			sys->print("%d! = %s\n", i, f.text());
	}
	sys->print("digit sum of 30! = %d\n", f.digitsum());
	a := Num.fromint(0);
	b := Num.fromint(1);
	for(i = 0; i < 100; i++)
		(a, b) = (b, a.add(b));
	sys->print("fib(100) = %s\n", a.text());
	p := Num.fromint(1);
	two := Num.fromint(2);
	for(i = 0; i < 128; i++)
		p = p.mul(two);
	sys->print("2^128 = %s\n", p.text());
	x := Num.fromstr("123456789012345678901234567890");
	y := Num.fromstr("000987654321");
	sys->print("x = %s, y = %s\n", x.text(), y.text());
	sys->print("x*y = %s\n", x.mul(y).text());
	sys->print("x+y = %s\n", x.add(y).text());
	sys->print("cmp x y = %d, cmp y y = %d, cmp y x < 0 = %d\n", x.cmp(y) > 0, y.cmp(y), y.cmp(x) < 0);
	sys->print("check big: %bd vs %s\n", big 987654321 * big 987654321, y.mul(y).text());
}
