implement BadChan;

include "sys.m";
	sys: Sys;
include "draw.m";

BadChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

producer(c: chan of int)
{
	for(i := 0; i < 3; i++)
		c <-= sys->sprint("item %d", i);	# wrong: string sent on chan of int
	c <-= -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn producer(c);
	for(;;){
		v := <-c;
		if(v < 0)
			break;
		sys->print("%d\n", v);
	}
}
