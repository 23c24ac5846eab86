implement ProgKill;

# Killing threads through #p/PID/ctl: a thread blocked on a channel and a
# thread looping in sleeps. The pids travel over a channel and are never
# printed. The sleeping loop is bounded, so it ends even if never killed.

include "sys.m";
	sys: Sys;
include "draw.m";

ProgKill: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

stuck(pidc: chan of int, never: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	<-never;
	sys->print("stuck thread woke up\n");
}

napper(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(i := 0; i < 300; i++)
		sys->sleep(10);
	sys->print("napper was not killed\n");
}

ctl(pid: int): ref Sys->FD
{
	return sys->open("#p/" + string pid + "/ctl", Sys->OWRITE);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pidc := chan of int;
	never := chan of int;
	spawn stuck(pidc, never);
	pid := <-pidc;
	fd := ctl(pid);
	sys->print("ctl of blocked thread opened: %d\n", fd != nil);
	sys->print("kill: %d\n", sys->fprint(fd, "kill"));
	sys->sleep(50);
	sys->print("ctl reopened after kill: %d\n", ctl(pid) != nil);

	spawn napper(pidc);
	pid = <-pidc;
	fd = ctl(pid);
	sys->print("ctl of sleeping thread opened: %d\n", fd != nil);
	sys->print("kill: %d\n", sys->fprint(fd, "kill"));
	sys->sleep(50);
	sys->print("kill again: %d %r\n", sys->fprint(fd, "kill"));
	sys->print("main ends\n");
}
