implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: the same name declared twice in one scope
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	count: int;
	count = 1;
	count: string;
	sys->print("%d\n", count);
}
