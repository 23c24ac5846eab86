implement DieHd;

include "sys.m";
	sys: Sys;
include "draw.m";

DieHd: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := "a" :: "b" :: nil;
	while(1){
		sys->print("%s\n", hd l);
		l = tl l;
	}
}
