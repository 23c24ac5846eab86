implement R16_FIELDMISSING;
include "sys.m";
	sys: Sys;
include "draw.m";
R16_FIELDMISSING: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
P: adt { x: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := P(1);
	sys->print("%d\n", p.y);
}
