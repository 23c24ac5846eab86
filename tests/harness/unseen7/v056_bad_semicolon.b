implement Badsemi;

include "sys.m";
	sys: Sys;
include "draw.m";

Badsemi: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 0;
	for(i := 0; i < 10; i++){
		if(i % 3 == 0)
			n += i
		sys->print("%d %d\n", i, n);
	}
}
