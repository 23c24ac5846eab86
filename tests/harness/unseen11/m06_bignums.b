#args: 25 9223372036854775807 -12345678901234 0x1F 077 junk
implement BigNums;

include "sys.m";
	sys: Sys;
include "draw.m";

BigNums: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# parse with an explicit base prefix, since big "0x1F" does not
parsebig(s: string): (big, string)
{
	neg := 0;
	i := 0;
	if(i < len s && (s[i] == '-' || s[i] == '+')){
		neg = s[i] == '-';
		i++;
	}
	base := big 10;
	if(i+1 < len s && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X')){
		base = big 16;
		i += 2;
	}else if(i+1 < len s && s[i] == '0')
		base = big 8;
	v := big 0;
	start := i;
	for(; i < len s; i++){
		c := s[i];
		d := -1;
		if(c >= '0' && c <= '9')
			d = c - '0';
		else if(c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if(c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		if(d < 0 || big d >= base)
			break;
		v = v * base + big d;
	}
	if(i == start)
		return (big 0, "no digits in " + s);
	if(i != len s)
		return (v, sys->sprint("trailing %q", s[i:]));
	if(neg)
		v = -v;
	return (v, nil);
}

factorial(n: int): big
{
	f := big 1;
	for(i := 2; i <= n; i++)
		f *= big i;
	return f;
}

commas(b: big): string
{
	s := string b;
	neg := "";
	if(s[0] == '-'){
		neg = "-";
		s = s[1:];
	}
	r := "";
	for(i := 0; i < len s; i++){
		if(i > 0 && (len s - i) % 3 == 0)
			r += ",";
		r[len r] = s[i];
	}
	return neg + r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	for(a := tl argv; a != nil; a = tl a){
		(v, err) := parsebig(hd a);
		if(err != nil)
			sys->print("%-22s -> %bd (warning: %s)\n", hd a, v, err);
		else
			sys->print("%-22s -> %bd  hex %bx  oct %bo\n", hd a, v, v, v);
		sys->print("%22s    big-conv=%bd int-conv=%d\n", "", big hd a, int hd a);
	}

	sys->print("\nfactorials:\n");
	for(n := 0; n <= 20; n += 4){
		f := factorial(n);
		sys->print("%2d! = %20bd = %26s = %#bx\n", n, f, commas(f), f);
	}

	sys->print("\noverflow and truncation:\n");
	m := big 16r7fffffffffffffff;
	sys->print("max     %bd\n", m);
	sys->print("max+1   %bd\n", m + big 1);
	sys->print("int(big 2^33+5) = %d\n", int ((big 1 << 33) + big 5));
	sh := 40;
	t := big 1 << sh;
	sys->print("big 1<<40 = %bd, >>3 = %bd, &0xff00 = %bx\n", t, t >> 3, big 16rabcdef & big 16rff00);
	sys->print("real(big) = %g, big(real 1e15) = %bd\n", real factorial(20), big 1e15);
	sys->print("%%-12bd|%%12bd: [%-12bd|%12bd]\n", big -77, big -77);

	# digit sum of 2^64 computed as a string
	p := big 1 << 62;
	s := string (p * big 4 - big 1);
	sum := 0;
	for(i := 0; i < len s; i++)
		sum += s[i] - '0';
	sys->print("2^64-1 as big wraps to %s, digit sum %d\n", s, sum);
}
