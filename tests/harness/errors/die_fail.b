implement DieFail;

include "sys.m";
	sys: Sys;
include "draw.m";

DieFail: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("about to fail\n");
	sys->fprint(sys->fildes(2), "a message on fd 2\n");
	raise "fail:bad usage";
}
