implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a while condition that is a list
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := 1 :: 2 :: nil;
	while(l){
		sys->print("%d\n", hd l);
		l = tl l;
	}
}
