implement IotaOutside;

# outside a con declaration iota is an ordinary name, here undeclared
include "sys.m";
	sys: Sys;
include "draw.m";

IotaOutside: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", iota);
}
