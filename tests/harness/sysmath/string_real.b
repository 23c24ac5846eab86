implement StringReal;
include "sys.m";
	sys: Sys;
include "draw.m";
StringReal: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0.0, -0.0, 1.0, 10.0, 1e5, 1e6, 1e7, 1e15, 1e16, 1e17, 1e20, 1e21, 1e-3, 1e-4, 1e-5,
		0.1, 0.2, 0.30000000000000004, 1.0/3.0, 100.0/7.0, 3.14159265358979, 2.0**-2, 1.5e300, -7.25e-200,
		123456789.0, 1234567890123.0, 9007199254740993.0, 0.1+0.2, 1e23, 5e-5};
	for(i := 0; i < len vals; i++)
		sys->print("%s %g\n", string vals[i], vals[i]);
	strs := array[] of {"0", "-0", "1", "1.", ".5", "-.5", "1e3", "1E3", "1e+3", "1e-3", "  12", "12  ", "1_0",
		"0x10", "16r10", "1e", "e5", "+5", "--5", "", " ", "3.14abc", "1.7976931348623157e308", "2e308",
		"1e-400", "0.1e1", "123456789012345678901234567890", "4.9406564584124654e-324"};
	for(i = 0; i < len strs; i++){
		{
			r := real strs[i];
			sys->print("%q -> %g %s\n", strs[i], r, string r);
		} exception e { "*" => sys->print("%q -> exc %s\n", strs[i], e); }
	}
	sys->print("%s %s\n", string real "0.1", string (real 1 / real 8));
	sys->print("%s %s %s\n", string real 7, string real big 16r7fffffffffffffff, string real -2147483648);
}
