implement KillgrpSelf;

# killgrp of one's own group: the others go, the caller goes on.

include "sys.m";
	sys: Sys;
include "draw.m";

KillgrpSelf: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

spin(c: chan of int)
{
	for(;;)
		c <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(Sys->NEWPGRP, nil);
	c := chan of int;
	spawn spin(c);
	spawn spin(c);
	sys->print("got %d %d\n", <-c, <-c);
	fd := sys->open("#p/" + string me + "/ctl", Sys->OWRITE);
	sys->print("killgrp: %d\n", sys->fprint(fd, "killgrp"));
	sys->sleep(20);
	alt{
	<-c =>
		sys->print("a spinner is left\n");
	* =>
		sys->print("no spinner left\n");
	}
	sys->print("the caller goes on\n");
}
