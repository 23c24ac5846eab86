implement StrConv;

include "sys.m";
	sys: Sys;
include "draw.m";

StrConv: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ints := array[] of {"12", "-12", "+7", "  42", "\t-3x", "abc", "", "0x1f", "16r1f", "2r101",
		"36rzz", "37r1", "0r5", "2147483647", "2147483648", "4294967295", "-2147483649",
		"99999999999999999999", "1e3", "1.9", "- 5", "--5", "0777"};
	for(i := 0; i < len ints; i++){
		{
			sys->print("int %q = %d, big %bd\n", ints[i], int ints[i], big ints[i]);
		} exception e {
		"*" =>
			sys->print("int %q: %s\n", ints[i], e);
		}
	}
	reals := array[] of {"1.5", "-0", "1e400", "-1e400", "1e-400", "nan", "NaN", "inf", "Inf", "-Infinity",
		"abc", "", ".5", "5.", "0x10", "  2.5e1xyz", "1e", "e5"};
	for(i = 0; i < len reals; i++){
		{
			sys->print("real %q = %g\n", reals[i], real reals[i]);
		} exception e {
		"*" =>
			sys->print("real %q: %s\n", reals[i], e);
		}
	}
	# bytes to string: bad UTF-8 becomes the error rune
	b := array[] of {byte 'a', byte 16rff, byte 'b', byte 16rc3, byte 16ra9, byte 16re2, byte 16r82};
	s := string b;
	sys->print("len %d:", len s);
	for(i = 0; i < len s; i++)
		sys->print(" %ux", s[i]);
	sys->print("\n");
	b2 := array of byte s;
	sys->print("back %d bytes\n", len b2);
	# string of numbers
	sys->print("%s %s %s %s\n", string -0, string big -1, string 1e400, string (0.0/1.0));
	sys->print("done\n");
}
