implement ProgWait;

# /prog/N/wait: each child spawned after the open reports its end, in the
# order they end: normally, with an exception, with fail:, or killed.

include "sys.m";
	sys: Sys;
include "draw.m";

ProgWait: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

fine(sync: chan of int)
{
	<-sync;
}

bad(sync: chan of int)
{
	<-sync;
	a: array of int;
	a[3] = 1;
}

failing(sync: chan of int)
{
	<-sync;
	raise "fail:no good";
}

stuck(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	<-chan of int;
}

status(buf: array of byte, n: int): string
{
	s := string buf[0:n];
	for(i := 0; i < len s; i++)
		if(s[i] == ' ')
			return s[i+1:];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(0, nil);
	wfd := sys->open("#p/" + string me + "/wait", Sys->OREAD);
	sys->print("wait opened: %d\n", wfd != nil);
	sync := chan of int;
	spawn fine(sync);
	spawn bad(sync);
	spawn failing(sync);
	pidc := chan of int;
	spawn stuck(pidc);
	pid := <-pidc;
	buf := array[Sys->WAITLEN] of byte;
	for(i := 0; i < 3; i++){
		sync <-= 1;
		n := sys->read(wfd, buf, len buf);
		sys->print("child %d: %s\n", i, status(buf, n));
	}
	ctl := sys->open("#p/" + string pid + "/ctl", Sys->OWRITE);
	sys->fprint(ctl, "kill");
	n := sys->read(wfd, buf, len buf);
	sys->print("killed one: %s\n", status(buf, n));
}
