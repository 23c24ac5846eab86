implement BigNum;

include "sys.m";
	sys: Sys;
include "draw.m";

BigNum: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# decimal strings as arbitrary precision naturals
add(a, b: string): string
{
	r := "";
	i := len a - 1;
	j := len b - 1;
	carry := 0;
	while(i >= 0 || j >= 0 || carry){
		d := carry;
		if(i >= 0)
			d += a[i--] - '0';
		if(j >= 0)
			d += b[j--] - '0';
		r[len r] = '0' + d % 10;
		carry = d / 10;
	}
	return reverse(r);
}

mulsmall(a: string, m: int): string
{
	if(m == 0)
		return "0";
	r := "";
	carry := 0;
	for(i := len a - 1; i >= 0 || carry; i--){
		d := carry;
		if(i >= 0)
			d += (a[i] - '0') * m;
		r[len r] = '0' + d % 10;
		carry = d / 10;
	}
	return reverse(r);
}

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

digitsum(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++)
		n += s[i] - '0';
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# factorials: big until it overflows, strings beyond
	f := "1";
	fb := big 1;
	for(n := 1; n <= 30; n++){
		f = mulsmall(f, n);
		fb *= big n;
		agree := string fb == f;
		if(n % 3 == 0 || n == 20 || n == 21)
			sys->print("%2d! = %-34s big agrees=%d\n", n, f, agree);
	}
	sys->print("digit sum of 30! = %d\n", digitsum(f));

	# fibonacci
	a := "0";
	b := "1";
	ab := big 0;
	bb := big 1;
	for(k := 1; k <= 100; k++){
		(a, b) = (b, add(a, b));
		(ab, bb) = (bb, ab + bb);
		if(k == 10 || k == 50 || k == 90 || k == 92 || k == 93 || k == 100)
			sys->print("fib(%d) = %s  big=%bd\n", k, a, ab);
	}

	# powers of two as strings
	p := "1";
	for(k = 1; k <= 128; k++){
		p = add(p, p);
		if(k == 32 || k == 63 || k == 64 || k == 128)
			sys->print("2^%d = %s (%d digits)\n", k, p, len p);
	}

	# big arithmetic details
	x := big 16r7fffffff;
	sys->print("int max as big squared = %bd\n", x * x);
	sys->print("big division: %bd / 7 = %bd rem %bd\n", big 1000000000007, big 1000000000007 / big 7, big 1000000000007 % big 7);
	sys->print("negative: %bd / 3 = %bd, %% 3 = %bd\n", big -10, big -10 / big 3, big -10 % big 3);
	sys->print("shifts: %bd %bd %bx\n", big 1 << 62, (big -1 << 63) >> 60, big 16rff00 >> 4);
}
