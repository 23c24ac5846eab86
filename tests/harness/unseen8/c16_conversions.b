implement Conversions;

include "sys.m";
	sys: Sys;
include "draw.m";

Conversions: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

strict(s: string): int
{
	if(s == nil)
		raise "conv:empty";
	neg := 0;
	i := 0;
	if(s[0] == '-') {
		neg = 1;
		i = 1;
		if(len s == 1)
			raise "conv:lone sign";
	}
	v := 0;
	for(; i < len s; i++) {
		c := s[i];
		if(c < '0' || c > '9')
			raise sys->sprint("conv:bad char '%c' at %d", c, i);
		if(v > (16r7fffffff - (c - '0')) / 10)
			raise "conv:overflow";
		v = v * 10 + c - '0';
	}
	if(neg)
		v = -v;
	return v;
}

toint(r: real): int
{
	if(r > 2147483647.0 || r < -2147483648.0)
		raise "conv:real out of int range";
	return int r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# the built-in conversion is lenient: it stops at the first bad char
	samples := array[] of {"123", " 42", "-17", "+8", "12abc", "abc", "", "0x1f", "16rff", "99999999999"};
	for(i := 0; i < len samples; i++) {
		s := samples[i];
		lenient := int s;
		{
			v := strict(s);
			sys->print("%-14q int=%d strict=%d\n", s, lenient, v);
		} exception e {
		"conv:*" =>
			sys->print("%-14q int=%d strict fails: %s\n", s, lenient, e[5:]);
		}
	}

	# real to int rounds; huge values are checked before converting
	reals := array[] of {2.5, 3.5, -2.5, -0.4, 0.49999, 1e9, 3e9, -3e9, 1e20};
	for(i = 0; i < len reals; i++) {
		{
			sys->print("int %g = %d\n", reals[i], toint(reals[i]));
		} exception e {
		"conv:*" =>
			sys->print("int %g: %s\n", reals[i], e[5:]);
		}
	}

	# big and byte conversions truncate silently
	b := big 1 << 40 | big 16r1234;
	sys->print("big %bd -> int %d, hex %bx\n", b, int b, b);
	n := 16r1ff;
	sys->print("byte of %d is %d; byte of -1 is %d\n", n, int byte n, int byte -1);
	sys->print("big of string %bd, real of string %g\n", big "123456789012", real "2.5e3");

	# strings and byte arrays
	s := "h\u00e9llo";
	a := array of byte s;
	sys->print("%q: %d chars, %d bytes\n", s, len s, len a);
	sys->print("back: %s, first byte %d, second %d %d\n", string a, int a[0], int a[1], int a[2]);
	sys->print("char codes:");
	for(i = 0; i < len s; i++)
		sys->print(" %d", s[i]);
	sys->print("\n");
	sys->print("string of int %s, of real %s, of big %s\n", string 42, string 0.125, string (big 7 << 33));
}
