implement KillCtl;

include "sys.m";
	sys: Sys;
include "draw.m";

KillCtl: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# endless ticker: would keep emu alive forever if not killed
ticker(pidc: chan of int, beats: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(n := 1; ; n++)
		beats <-= n;
}

# a thread stuck in a long sleep
sleeper(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	sys->sleep(60*1000);
	sys->print("sleeper woke up (should not happen)\n");
}

kill(pid: int, how: string): int
{
	fd := sys->open(sys->sprint("/prog/%d/ctl", pid), Sys->OWRITE);
	if(fd == nil)
		return -1;
	if(sys->fprint(fd, "%s", how) < 0)
		return -1;
	return 0;
}

alive(pid: int): int
{
	(ok, nil) := sys->stat(sys->sprint("/prog/%d", pid));
	return ok >= 0;
}

# the state column of /prog/N/status
state(pid: int): string
{
	fd := sys->open(sys->sprint("/prog/%d/status", pid), Sys->OREAD);
	if(fd == nil)
		return "gone";
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "?";
	(nf, f) := sys->tokenize(string buf[0:n], " \t\n");
	if(nf < 7)
		return "short";
	# pid pgrp user time state mem module
	for(i := 0; i < 4; i++)
		f = tl f;
	return hd f;
}

# a kill takes effect asynchronously for a thread inside a system call
waitgone(pid: int): int
{
	for(i := 0; i < 200; i++){
		if(!alive(pid))
			return 1;
		sys->sleep(1);
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	pidc := chan of int;
	beats := chan of int;

	spawn ticker(pidc, beats);
	tpid := <-pidc;
	spawn sleeper(pidc);
	spid := <-pidc;

	sum := 0;
	for(i := 0; i < 5; i++)
		sum += <-beats;
	sys->print("took 5 beats, sum %d\n", sum);
	sys->sleep(1);	# give it time to block on the sixth beat
	sys->print("ticker state: %s\n", state(tpid));

	if(kill(tpid, "kill") < 0)
		sys->fprint(stderr, "kill ticker: %r\n");
	sys->print("ticker alive after kill: %d\n", alive(tpid));

	# the ticker can no longer send: a non-blocking receive finds nothing
	alt{
	n := <-beats =>
		sys->print("unexpected beat %d\n", n);
	* =>
		sys->print("no more beats\n");
	}

	sys->sleep(5);
	sys->print("sleeper alive: %d\n", alive(spid));
	kill(spid, "kill");
	sys->print("sleeper gone after kill: %d\n", waitgone(spid));

	# killing something that is already dead fails
	if(kill(tpid, "kill") < 0)
		sys->print("second kill failed as expected\n");

	# a bad ctl message is rejected
	spawn sleeper(pidc);
	p := <-pidc;
	if(kill(p, "frobnicate") < 0)
		sys->print("bad ctl message: %r\n");
	kill(p, "kill");
	sys->print("done, third thread gone: %d\n", waitgone(p));
}
