implement Badargs;

include "sys.m";
	sys: Sys;
include "draw.m";

Badargs: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

pad(s: string, width: int, c: int): string
{
	while(len s < width)
		s[len s] = c;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"emu", "limbo", "sh"};
	for(i := 0; i < len names; i++)
		sys->print("[%s]\n", pad(names[i], 8));
}
