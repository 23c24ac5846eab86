implement R14_CHANTYPE;
include "sys.m";
	sys: Sys;
include "draw.m";
R14_CHANTYPE: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	c <-= "str";
}
