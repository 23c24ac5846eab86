implement ConvFold;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvFold: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# the same conversion folded by the compiler (constant operand) and done at run time
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("int 1e10 const %d\n", int 1e10);
	sys->print("int 3e9 const %d\n", int 3e9);
	sys->print("int -3e9 const %d\n", int -3e9);
	sys->print("int 2147483647.5 const %d\n", int 2147483647.5);
	sys->print("int 2.5 %d -2.5 %d 0.5 %d -0.5 %d\n", int 2.5, int -2.5, int 0.5, int -0.5);
	sys->print("big 1e19 const %bd\n", big 1e19);
	sys->print("big -2.5 const %bd\n", big -2.5);
	sys->print("byte 300 const %d byte -1 %d byte 2.7 %d\n", int byte 300, int byte -1, int byte 2.7);
	sys->print("byte big const %d\n", int byte 16r1234567890);
	sys->print("int big const %d %d\n", int 16r123456789, int 16r80000000);
	sys->print("real big const %g %g\n", real 16r7fffffffffffffff, real -16r7fffffffffffffff);
	sys->print("real int const %g %g\n", real 2147483647, real -7);
	sys->print("string const %s %s %s\n", string 42, string -42, string 16r123456789);
	sys->print("string real const %s %s %s\n", string 2.5, string 1e21, string 0.000123);
	sys->print("string byte const %s\n", string byte 66);
	sys->print("int str const %d %d %d\n", int "77", int "-8", int "2147483648");
	sys->print("big str const %bd %bd\n", big "-9223372036854775809", big "123456789012");
	sys->print("real str const %g %g\n", real "1.5", real "-");
	sys->print("byte str const %d\n", int byte "258");
	sys->print("int of int const %d\n", int 5);
	x := 1e10;
	{
		sys->print("int 1e10 run %d\n", int x);
	} exception e {
	"*" =>
		sys->print("int 1e10 run: %s\n", e);
	}
	s := "2147483648";
	sys->print("int str run %d\n", int s);
	s = "-";
	sys->print("real str run %g\n", real s);
	n := 16r123456789;
	sys->print("int big run %d\n", int n);
	y := 16r1234567890;
	sys->print("byte big run %d\n", int byte y);
}
