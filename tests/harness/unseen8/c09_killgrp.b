implement KillGroup;

include "sys.m";
	sys: Sys;
include "draw.m";

KillGroup: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

NKIDS: con 4;

spinner(id: int, pidc: chan of int, beat: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(;;) {
		beat <-= id;
		sys->sleep(5);
	}
}

# leader starts a new process group; its children join it
leader(report: chan of list of int, beat: chan of int)
{
	sys->pctl(Sys->NEWPGRP, nil);
	pids: list of int;
	pidc := chan of int;
	for(i := 0; i < NKIDS; i++) {
		spawn spinner(i, pidc, beat);
		pids = <-pidc :: pids;
	}
	pids = sys->pctl(0, nil) :: pids;
	report <-= pids;
	never := chan of int;
	<-never;
}

status(pid: int): string
{
	fd := sys->open(sys->sprint("/prog/%d/status", pid), Sys->OREAD);
	if(fd == nil)
		return "gone";
	return "running";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	report := chan of list of int;
	beat := chan[100] of int;
	spawn leader(report, beat);
	pids := <-report;
	sys->print("group has %d progs\n", len pids);

	# wait until every spinner has beaten at least twice
	seen := array[NKIDS] of {* => 0};
	for(;;) {
		seen[<-beat]++;
		ok := 1;
		for(i := 0; i < NKIDS; i++)
			if(seen[i] < 2)
				ok = 0;
		if(ok)
			break;
	}
	sys->print("all spinners beating\n");

	nrun := 0;
	for(l := pids; l != nil; l = tl l)
		if(status(hd l) == "running")
			nrun++;
	sys->print("running before killgrp: %d\n", nrun);

	# the leader's pid is the head of the list
	fd := sys->open(sys->sprint("/prog/%d/ctl", hd pids), Sys->OWRITE);
	if(fd == nil || sys->fprint(fd, "killgrp") < 0) {
		sys->print("killgrp failed: %r\n");
		return;
	}
	fd = nil;
	sys->sleep(30);

	nrun = 0;
	for(l = pids; l != nil; l = tl l)
		if(status(hd l) == "running")
			nrun++;
	sys->print("running after killgrp: %d\n", nrun);
	sys->print("main prog still %s\n", status(sys->pctl(0, nil)));
}
