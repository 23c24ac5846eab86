implement BadChanType;

include "sys.m";
	sys: Sys;
include "draw.m";

BadChanType: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

worker(results: chan of (int, string))
{
	for(i := 0; i < 3; i++)
		results <-= (i, sys->sprint("item %d", i));
	# mistake: sends only the string half of the tuple
	results <-= "done";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of (int, string);
	spawn worker(c);
	for(i := 0; i < 4; i++){
		(n, s) := <-c;
		sys->print("%d %s\n", n, s);
	}
}
