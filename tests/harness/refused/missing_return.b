implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused? a function with a result that can fall off its end
sign(n: int): int
{
	if(n < 0)
		return -1;
	if(n > 0)
		return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", sign(5));
}
