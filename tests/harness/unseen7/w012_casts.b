implement Casts;

include "sys.m";
	sys: Sys;
include "draw.m";

Casts: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	i := 1000;
	b := big i * big 1000000;
	sys->print("big %bd\n", b);
	sys->print("int of big %d\n", int (b / big 7));
	sys->print("int of huge big %d\n", int (big 1 << 33 | big 5));
	by := byte i;
	sys->print("byte of 1000 %d\n", int by);
	sys->print("byte of -1 %d\n", int byte -1);
	r := real i / 3.0;
	sys->print("real %g\n", r);
	sys->print("int of reals %d %d %d %d\n", int 2.5, int 3.5, int -2.5, int 2.7);
	sys->print("big of real %bd\n", big 1e12);
	sys->print("real of big %g\n", real (big 1 << 50));
	sys->print("string of int %s|%s\n", string 42, string -17);
	sys->print("string of big %s\n", string (big -9 * big 1000000000000));
	sys->print("string of real %s %s\n", string 0.125, string 1e20);
	strs := array[] of {"123", " 45xyz", "-8", "abc", "0x10"};
	for(k := 0; k < len strs; k++)
		sys->print("int of %q = %d\n", strs[k], int strs[k]);
	sys->print("big of string %bd\n", big strs[0] * big 1000000000000 + big strs[2]);
	sys->print("real of string %g %g\n", real ("2.5e" + "3"), real strs[2]);
	sys->print("string of byte %s\n", string byte 65);
	c := 'Z';
	sys->print("char arith %c %d\n", c + 1, c - 'A');
	s := "";
	s[0] = 16r263a;
	sys->print("rune string len %d val %x\n", len s, s[0]);
	sys->print("hex lit %d oct-ish radix %d %d\n", 16rff, 8r17, 2r1011);
}
