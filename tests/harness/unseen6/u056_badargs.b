implement Area;

include "sys.m";
	sys: Sys;
include "draw.m";

Area: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

rect(w, h: int): int
{
	return w * h;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sizes := array[] of {2, 3, 5};
	for(i := 0; i < len sizes; i++)
		sys->print("square %d has area %d\n", sizes[i], rect(sizes[i]));
}
