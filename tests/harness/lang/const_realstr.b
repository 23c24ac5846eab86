implement ConstRealStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ConstRealStr: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# constant strings converted by the compiler: real takes the number in front
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%g %g %g %g\n", real "2.5x", real "1e", real "-", real " 3");
	sys->print("%g %g %g %g\n", real "infinity", real "0x10", real "nan", real "");
	sys->print("%g %g %g\n", real "1e400", real "-0", real ".5e-1");
	sys->print("%d %d %d %d\n", int "-5", int "+7", int "", int "2147483648");
	sys->print("%d %d\n", int "99999999999", int "-2147483649");
	sys->print("%bd %bd %bd\n", big "9223372036854775808", big "", big "-1");
	sys->print("%d %d\n", int byte "300", int "007");
}
