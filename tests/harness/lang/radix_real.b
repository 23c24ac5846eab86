implement RadixReal;

# a radix constant with a fraction is a real (lex.c strtodb)
include "sys.m";
	sys: Sys;
include "draw.m";
RadixReal: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%g %g %g %g\n", 16r12.8, 2r0.1, 8r7.77, 36rZ.Z);
	x := 16r1.;
	sys->print("%g %d\n", x, 16rff);
}
