implement CaseBigRange;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseBigRange: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# case on big accepts single values, not ranges
f(b: big): string
{
	case b {
	big 1 to big 5 =>
		return "low";
	}
	return "other";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f(big 3));
}
