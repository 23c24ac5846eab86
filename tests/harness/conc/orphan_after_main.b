implement OrphanAfterMain;

# Threads still ready when init returns run to their end: their output
# follows main's last line. Main prints nothing while they are ready.

include "sys.m";
	sys: Sys;
include "draw.m";

OrphanAfterMain: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

late(c: chan of int)
{
	v := <-c;
	for(i := 0; i < 3; i++)
		sys->print("late thread line %d (got %d)\n", i, v);
	inner := chan of string;
	spawn later(inner);
	sys->print("late thread hears: %s\n", <-inner);
}

later(c: chan of string)
{
	c <-= "from a thread spawned after init returned";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[1] of int;
	spawn late(c);
	sys->print("main returns now\n");
	c <-= 7;
}
