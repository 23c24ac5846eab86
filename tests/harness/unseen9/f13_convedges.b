implement ConvEdges;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvEdges: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# int -> byte truncates
	ints := array[] of {-1, 255, 256, 257, -256, 1000, 16r7fffffff};
	for(i := 0; i < len ints; i++)
		sys->print("byte %d = %d\n", ints[i], int byte ints[i]);
	# real -> int rounds
	reals := array[] of {0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, -2.6, 1e9};
	for(i = 0; i < len reals; i++)
		sys->print("int %g = %d, big = %bd\n", reals[i], int reals[i], big reals[i]);
	# big -> int truncates to low 32 bits
	bigs := array[] of {big 16r100000000, big 16r1ffffffff, big -1, big 16r80000000, big 1 << 40 | big 5};
	for(i = 0; i < len bigs; i++)
		sys->print("int %bd = %d\n", bigs[i], int bigs[i]);
	# string -> numbers: leading junk, signs, radix, trailing junk
	strs := array[] of {"42", "-17", "  12", "3abc", "abc", "", "16rff", "0x1f", "+8", "2r1011", "1e3", "-0"};
	for(i = 0; i < len strs; i++)
		sys->print("int \"%s\" = %d; big = %bd; real = %g\n", strs[i], int strs[i], big strs[i], real strs[i]);
	# numbers -> string
	sys->print("string -0.0 = %s\n", string -0.0);
	sys->print("string big min = %s\n", string (big 1 << 63));
	sys->print("string int min = %s\n", string int 16r80000000);
	sys->print("string 1.0/3.0 = %s\n", string (1.0/3.0));
	sys->print("string 1e300*10.0 = %s\n", string (1e300 * 10.0));
	# byte arithmetic wraps
	b := byte 250;
	b += byte 10;
	sys->print("byte 250+10 = %d\n", int b);
	b = byte 0;
	b--;
	sys->print("byte 0-1 = %d\n", int b);
	# int overflow wraps
	m := 16r7fffffff;
	m++;
	sys->print("maxint+1 = %d\n", m);
	# real of big large value
	sys->print("real big 2^53+1 = %.1f\n", real ((big 1 << 53) + big 1));
	# int division of negatives
	sys->print("-7/2=%d -7%%2=%d 7/-2=%d 7%%-2=%d\n", -7/2, -7%2, 7/-2, 7%-2);
	sys->print("big: -7/2=%bd -7%%2=%bd\n", big -7 / big 2, big -7 % big 2);
}
