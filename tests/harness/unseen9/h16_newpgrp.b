implement NewPgrp;

include "sys.m";
	sys: Sys;
include "draw.m";

NewPgrp: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

NW: con 4;
beats: array of int;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->NEWPGRP, nil);
	me := sys->pctl(0, nil);
	waitfd := sys->open("/prog/"+string me+"/wait", Sys->OREAD);
	beats = array[NW] of {* => 0};

	leaderc := chan of int;
	ready := chan of int;
	spawn leader(leaderc, ready);
	lpid := <-leaderc;
	for(i := 0; i < NW; i++)
		<-ready;
	sys->print("group of %d workers running\n", NW);

	sys->sleep(40);
	alive := 0;
	for(i = 0; i < NW; i++)
		if(beats[i] > 0)
			alive++;
	sys->print("workers with heartbeats: %d\n", alive);

	fd := sys->open("/prog/"+string lpid+"/ctl", Sys->OWRITE);
	if(fd == nil || sys->fprint(fd, "killgrp") < 0){
		sys->print("killgrp failed: %r\n");
		return;
	}
	fd = nil;
	buf := array[128] of byte;
	if(sys->read(waitfd, buf, len buf) > 0)
		sys->print("leader reaped\n");

	snap := array[NW] of int;
	snap[0:] = beats;
	sys->sleep(50);
	same := 1;
	for(i = 0; i < NW; i++)
		if(snap[i] != beats[i])
			same = 0;
	sys->print("all heartbeats stopped: %d\n", same);
	sys->print("main prog still alive in its own group\n");
}

leader(leaderc: chan of int, ready: chan of int)
{
	sys->pctl(Sys->NEWPGRP, nil);
	for(i := 0; i < NW; i++)
		spawn worker(i, ready);
	leaderc <-= sys->pctl(0, nil);
	# park forever; only killgrp ends us
	<-chan of int;
}

worker(id: int, ready: chan of int)
{
	ready <-= id;
	for(;;){
		beats[id]++;
		sys->sleep(10 + 5*id);
	}
}
