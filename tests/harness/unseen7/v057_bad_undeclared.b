implement Badundecl;

include "sys.m";
	sys: Sys;
include "draw.m";

Badundecl: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

count(s: string, c: int): int
{
	n := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "a,b,,c";
	ncommas := count(text, ',');
	sys->print("%d fields\n", ncomas + 1);
}
