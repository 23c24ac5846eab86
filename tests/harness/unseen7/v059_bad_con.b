implement Badcon;

include "sys.m";
	sys: Sys;
include "draw.m";

Badcon: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

MAXLINE: con 80;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lines := array[] of {"short", "a somewhat longer line of text"};
	for(i := 0; i < len lines; i++){
		if(len lines[i] > 20)
			MAXLINE = 20;
		sys->print("%d %s\n", MAXLINE, lines[i]);
	}
}
