implement DieFp;

include "sys.m";
	sys: Sys;
include "draw.m";

DieFp: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1.0;
	for(i := 3; i >= 0; i--){
		sys->print("%g\n", x / real i);
	}
}
