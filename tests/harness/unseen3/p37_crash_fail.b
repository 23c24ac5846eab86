implement P37;
include "sys.m";
	sys: Sys;
include "draw.m";
P37: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("about to fail\n");
	sys->fprint(sys->fildes(2), "to stderr\n");
	raise "fail:usage";
}
