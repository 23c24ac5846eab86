implement Counter;

include "sys.m";
	sys: Sys;
include "draw.m";

Counter: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	count := 0;
	for(l := argv; l != nil; l = tl l){
		if(len hd l > 3)
			count++;
	}
	sys->print("%d long arguments\n", cuont);
}
