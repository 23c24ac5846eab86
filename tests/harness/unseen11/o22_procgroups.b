implement ProcGroups;

include "sys.m";
	sys: Sys;
include "draw.m";

ProcGroups: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

readfile(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	buf := array[512] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return nil;
	return string buf[0:n];
}

# (state, module) from /prog/pid/status, or nil if the process is gone
status(pid: int): (string, string)
{
	s := readfile(sys->sprint("/prog/%d/status", pid));
	(n, f) := sys->tokenize(s, " \t\n");
	if(n < 7)
		return (nil, nil);
	return (hd tl tl tl tl f, hd tl tl tl tl tl tl f);
}

pgrp(pid: int): int
{
	(nil, f) := sys->tokenize(readfile(sys->sprint("/prog/%d/pgrp", pid)), " \n");
	if(f == nil)
		return -1;
	return int hd f;
}

nprocs(): int
{
	fd := sys->open("/prog", Sys->OREAD);
	count := 0;
	for(;;){
		(n, nil) := sys->dirread(fd);
		if(n <= 0)
			break;
		count += n;
	}
	return count;
}

blocker(c: chan of int, pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	<-c;
}

# a leader starts its own group and fills it with blocked children
leader(nkids: int, pidc: chan of int, ready: chan of int)
{
	me := sys->pctl(Sys->NEWPGRP, nil);
	pidc <-= me;
	never := chan of int;
	for(i := 0; i < nkids; i++){
		spawn blocker(never, pidc);
		<-pidc;
	}
	ready <-= nkids;
	alt{
	<-never =>
		;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(0, nil);
	mygrp := pgrp(me);
	base := nprocs();
	(st, mod) := status(me);
	sys->print("self: state %s module %s, group is own pid: %d\n", st, mod, mygrp == me);

	pidc := chan of int;
	c := chan of int;
	spawn blocker(c, pidc);
	b := <-pidc;
	sys->sleep(1);
	(st, mod) = status(b);
	sys->print("blocker: state %s module %s, same group: %d\n", st, mod, pgrp(b) == mygrp);

	ready := chan of int;
	spawn leader(3, pidc, ready);
	l := <-pidc;
	k := <-ready;
	sys->sleep(1);
	(st, nil) = status(l);
	sys->print("leader: state %s, %d children, own group: %d, differs from ours: %d\n",
		st, k, pgrp(l) == l, pgrp(l) != mygrp);
	sys->print("processes above baseline: %d\n", nprocs() - base);

	# one write takes out the leader and all its children
	fd := sys->open(sys->sprint("/prog/%d/ctl", l), Sys->OWRITE);
	if(fd == nil || sys->fprint(fd, "killgrp") < 0)
		sys->print("killgrp failed: %r\n");
	fd = nil;
	sys->print("after killgrp: %d above baseline\n", nprocs() - base);
	(st, nil) = status(l);
	if(st == nil)
		sys->print("leader has no status any more\n");

	# our own blocker is untouched; release it normally
	c <-= 1;
	sys->sleep(1);
	sys->print("after release: %d above baseline\n", nprocs() - base);
}
