implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: load of a name that is not a module type
Pt: adt {
	x: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := load Pt "/dis/pt.dis";
	sys->print("%d\n", p == nil);
}
