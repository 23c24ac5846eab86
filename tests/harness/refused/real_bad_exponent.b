implement RealBadExp;

# an exponent needs digits
include "sys.m";
	sys: Sys;
include "draw.m";
RealBadExp: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := 1e+x;
	sys->print("%g\n", r);
}
