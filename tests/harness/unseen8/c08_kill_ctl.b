implement KillCtl;

include "sys.m";
	sys: Sys;
include "draw.m";

KillCtl: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a ticker that would run forever if nobody stopped it
ticker(pidc: chan of int, ticks: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(n := 1; ; n++)
		ticks <-= n;
}

# a prog that blocks forever on a channel nobody writes
sleeper(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	never := chan of int;
	<-never;
	sys->print("sleeper woke up?\n");
}

alive(pid: int): int
{
	fd := sys->open("/prog/" + string pid + "/status", Sys->OREAD);
	return fd != nil;
}

kill(pid: int, how: string): int
{
	fd := sys->open("/prog/" + string pid + "/ctl", Sys->OWRITE);
	if(fd == nil)
		return -1;
	return sys->fprint(fd, "%s", how);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	pidc := chan of int;
	ticks := chan of int;
	spawn ticker(pidc, ticks);
	tpid := <-pidc;
	sum := 0;
	for(i := 0; i < 5; i++)
		sum += <-ticks;
	sys->print("took 5 ticks, sum %d\n", sum);
	sys->print("ticker alive before kill: %d\n", alive(tpid));
	if(kill(tpid, "kill") < 0)
		sys->print("kill failed: %r\n");
	sys->sleep(20);
	sys->print("ticker alive after kill: %d\n", alive(tpid));
	alt {
	<-ticks =>
		sys->print("got a tick from a dead prog?\n");
	* =>
		sys->print("no more ticks\n");
	}

	spawn sleeper(pidc);
	spid := <-pidc;
	sys->print("sleeper alive: %d\n", alive(spid));
	n := kill(spid, "kill");
	sys->print("kill write returned %d\n", n);
	sys->sleep(20);
	sys->print("sleeper alive: %d\n", alive(spid));

	# killing it a second time fails because the prog is gone
	if(kill(spid, "kill") < 0)
		sys->print("second kill: no such prog\n");
	else
		sys->print("second kill unexpectedly succeeded\n");
}
