#args: 30 100
implement BigFact;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

BigFact: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

BASE: con 10000;

# little-endian limbs, base 10000
Num: adt {
	d: array of int;
	n: int;

	mk: fn(v: int): ref Num;
	mulsmall: fn(a: self ref Num, m: int);
	text: fn(a: self ref Num): string;
};

Num.mk(v: int): ref Num
{
	a := ref Num(array[8] of {* => 0}, 0);
	while(v > 0){
		a.d[a.n++] = v % BASE;
		v /= BASE;
	}
	return a;
}

Num.mulsmall(a: self ref Num, m: int)
{
	carry := 0;
	for(i := 0; i < a.n; i++){
		t := a.d[i] * m + carry;
		a.d[i] = t % BASE;
		carry = t / BASE;
	}
	while(carry > 0){
		if(a.n == len a.d){
			nd := array[2 * len a.d] of {* => 0};
			nd[0:] = a.d;
			a.d = nd;
		}
		a.d[a.n++] = carry % BASE;
		carry /= BASE;
	}
}

Num.text(a: self ref Num): string
{
	if(a.n == 0)
		return "0";
	s := string a.d[a.n-1];
	for(i := a.n-2; i >= 0; i--)
		s += sys->sprint("%.4d", a.d[i]);
	return s;
}

bigfact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

digitsum(s: string): int
{
	t := 0;
	for(i := 0; i < len s; i++)
		t += s[i] - '0';
	return t;
}

trailingzeros(s: string): int
{
	z := 0;
	for(i := len s - 1; i >= 0 && s[i] == '0'; i--)
		z++;
	return z;
}

wrap(s: string, w: int): string
{
	r := "";
	for(i := 0; i < len s; i += w){
		e := i + w;
		if(e > len s)
			e = len s;
		r += "\t" + s[i:e] + "\n";
	}
	return r;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	sys->print("factorials that fit in big:\n");
	for(i := 0; i <= 21; i += 3){
		f := bigfact(i);
		sys->print("  %2d! = %bd\n", i, f);
	}
	# 21! overflows a 64-bit big; compare against the limb version
	f21 := Num.mk(1);
	for(i = 2; i <= 21; i++)
		f21.mulsmall(i);
	sys->print("  21! as big (wrapped) %bd, exact %s\n", bigfact(21), f21.text());

	for(args = tl args; args != nil; args = tl args){
		(n, rest) := str->toint(hd args, 10);
		if(rest != nil || n < 0){
			sys->print("bad argument %q\n", hd args);
			continue;
		}
		f := Num.mk(1);
		for(i = 2; i <= n; i++)
			f.mulsmall(i);
		s := f.text();
		sys->print("%d! has %d digits, digit sum %d, %d trailing zeros:\n%s",
			n, len s, digitsum(s), trailingzeros(s), wrap(s, 50));
	}
}
