implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: radix constants, reals, characters, and constant conversions
K: con len "hello";
M: con K * 2r11 + 16rff;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d %d %d\n", 16r10, 2r1010, 8r777, 36rZz);
	sys->print("%d %d\n", K, M);
	sys->print("%g %g %g %g\n", 1e3, .5, 2.5e-2, 3.);
	sys->print("%d %d %d\n", 'a', '\n', '\u263a');
	sys->print("%bd %d %g\n", big "123456789012", int "-42", real "2.5");
	sys->print("%s %s\n", string 65, string 1.5);
	sys->print("%d %d\n", int 2.5, int 3.5);
	sys->print("%bd\n", big 1 << 40);
	sys->print("%d\n", int byte 300);
}
