implement MissingReturn;

include "sys.m";
	sys: Sys;
include "draw.m";

MissingReturn: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

indexof(s: string, c: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return i;
	return;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", indexof("limbo", 'b'));
}
