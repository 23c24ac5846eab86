implement DieMinInt;

include "sys.m";
	sys: Sys;
include "draw.m";

DieMinInt: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	d := 1;
	m := -16r7fffffff - 1;
	for(i := 0; i < 3; i++){
		sys->print("%d / %d = %d\n", m, d, m / d);
		d -= 1;
		if(d == 0)
			d = -1;
	}
}
