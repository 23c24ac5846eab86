implement Numconv;

include "sys.m";
	sys: Sys;
include "draw.m";

Numconv: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	strs := array[] of {"42", "  17", "-8", "+9", "0x1F", "16r1F", "12abc", "abc", "", " ", "3.99", "-0",
		"2147483647", "2147483648", "99999999999", "1e3", "0017", "\t5"};
	for(i := 0; i < len strs; i++){
		s := strs[i];
		sys->print("%-14q int=%d big=%bd real=%g\n", s, int s, big s, real s);
	}
	reals := array[] of {"3.25", "-0.5", ".5", "5.", "1e-3", "2.5E2", "inf?", "1.5x", "  7.125", "-7.5"};
	for(i = 0; i < len reals; i++)
		sys->print("real %-8q -> %g -> int %d\n", reals[i], real reals[i], int real reals[i]);
	vals := array[] of {0.1, 2.5, -2.5, 3.5, 1e9, 123456.789, 1.0/3.0};
	for(i = 0; i < len vals; i++){
		v := vals[i];
		sys->print("%g: string=%s int=%d big=%bd %.3f %e\n", v, string v, int v, big v, v, v);
	}
	b := big 16r123456789;
	sys->print("big %bd int %d string %s real %g\n", b, int b, string b, real b);
	n := -1;
	sys->print("int -1 as big %bd, byte %d, hex %x\n", big n, int byte n, n);
	sys->print("byte 300 = %d, byte -3 = %d\n", int byte 300, int byte -3);
	sys->print("string 255 = %s, string 'A' char = %s\n", string 255, "A");
	c := 'Z';
	sys->print("char arithmetic: %c %c %d\n", c + 1, c - 25, c - 'A');
	sys->print("16r prefixes: %d %d %d %bd\n", 16rFF, 8r17, 2r1111, 16rFFFFFFFFF);
}
