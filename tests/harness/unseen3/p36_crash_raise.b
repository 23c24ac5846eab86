implement P36;
include "sys.m";
	sys: Sys;
include "draw.m";
P36: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

check(n: int)
{
	if(n > 2)
		raise sys->sprint("too big: %d", n);
	sys->print("ok %d\n", n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 5; i++)
		check(i);
}
