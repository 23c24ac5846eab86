implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: raises clause written with a string instead of an exception type
check(n: int): int raises "negative"
{
	if(n < 0)
		raise "negative";
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", check(3));
}
