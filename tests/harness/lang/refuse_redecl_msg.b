implement RedeclMsg;

include "sys.m";
	sys: Sys;
include "draw.m";

RedeclMsg: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	j := 1;
	for(j := 0; j < 2; j++)
		sys->print("%d\n", j);
}
