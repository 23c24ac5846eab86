implement KillCtl;

include "sys.m";
	sys: Sys;
include "draw.m";

KillCtl: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

ticks := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(0, nil);
	waitfd := sys->open("/prog/"+string me+"/wait", Sys->OREAD);

	pidc := chan of int;
	never := chan of int;
	spawn blocked(pidc, never);
	spawn spinner(pidc);
	p1 := <-pidc;
	p2 := <-pidc;	# order of these two does not matter: both get killed

	sys->sleep(30);
	sys->print("spinner is ticking: %d\n", ticks > 0);

	for(l := p1 :: p2 :: nil; l != nil; l = tl l){
		if(kill(hd l) < 0)
			sys->print("kill failed: %r\n");
	}
	buf := array[128] of byte;
	for(i := 0; i < 2; i++){
		n := sys->read(waitfd, buf, len buf);
		if(n > 0)
			sys->print("reaped helper %d\n", i+1);
	}
	t1 := ticks;
	sys->sleep(40);
	sys->print("ticks frozen after kill: %d\n", ticks == t1);
	sys->print("status file gone: %d\n", sys->open("/prog/"+string p2+"/status", Sys->OREAD) == nil);
	# killing a dead prog fails politely
	sys->print("second kill fails: %d\n", kill(p1) < 0);
}

kill(pid: int): int
{
	fd := sys->open("/prog/"+string pid+"/ctl", Sys->OWRITE);
	if(fd == nil)
		return -1;
	if(sys->fprint(fd, "kill") < 0)
		return -1;
	return 0;
}

blocked(pidc: chan of int, never: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	<-never;
	sys->print("blocked helper woke up?!\n");
}

spinner(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	for(;;){
		ticks++;
		sys->sleep(5);
	}
}
