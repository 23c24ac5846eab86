implement ConvStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvStr: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

toreal(s: string): string
{
	{
		return sys->sprint("%g", real s);
	} exception e {
	"*" =>
		return "<" + e + ">";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	strs := array[] of {
		"0", "42", "-42", "+42", "  42x", "\t\n 7", "-", "+", "", " ", "x1",
		"0x10", "0X1f", "16r1f", "8r17", "010", "0b101", "1e3", "3.99", "-3.99",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
		"99999999999999999999", "-99999999999999999999",
		"9223372036854775807", "9223372036854775808", "-9223372036854775809",
		"--5", "+-5", "- 5", "5 6", "١٢", "0000000000000000000012",
		"1_000", ".5", "5.", "-.5e1", "inf", "Inf", "infinity", "-Infinity", "nan", "NaN",
		"1e400", "-1e400", "1e-400", "0x1p3", "1e", "1e+", "4.9e-324", "2.2250738585072014e-308", "1e-310", "1.7976931348623157e308", "1.8e308", "2.5e-3xyz", "1,5",
	};
	for(i := 0; i < len strs; i++){
		s := strs[i];
		sys->print("%-24q int %d big %bd real %s byte %d\n", s, int s, big s, toreal(s), int byte s);
	}
	nils: string;
	sys->print("nil: int %d big %bd real %g\n", int nils, big nils, real nils);
	sys->print("const: %d %bd %g\n", int "123", big "-77", real "2.5");
}
