implement PctlSleep;
include "sys.m";
	sys: Sys;
include "draw.m";
PctlSleep: module { init: fn(nil: ref Draw->Context, nil: list of string); };
child(c: chan of int)
{
	c <-= sys->pctl(0, nil);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pid := sys->pctl(0, nil);
	sys->print("pid positive %d\n", pid > 0);
	sys->print("pid stable %d\n", sys->pctl(0, nil) == pid);
	c := chan of int;
	spawn child(c);
	cp := <-c;
	sys->print("child differs %d positive %d\n", cp != pid, cp > 0);
	np := sys->pctl(Sys->NEWPGRP, nil);
	sys->print("newpgrp keeps pid %d\n", np == pid);
	np = sys->pctl(Sys->FORKNS|Sys->FORKENV, nil);
	sys->print("forkns keeps pid %d\n", np == pid);
	np = sys->pctl(Sys->NEWFD, 0 :: 1 :: 2 :: nil);
	sys->print("newfd keeps pid %d\n", np == pid);
	sys->print("stdout still works\n");
	sys->print("fildes 5 after newfd nil %d\n", sys->fildes(5) == nil);
	sys->sleep(0);
	sys->sleep(-5);
	sys->print("slept 0 and -5\n");
	t0 := sys->millisec();
	sys->print("sleep1 %d\n", sys->sleep(1));
	t1 := sys->millisec();
	sys->print("monotone %d\n", t1 >= t0);
	sys->sleep(30);
	t2 := sys->millisec();
	sys->print("slept >= 30: %d\n", t2 - t1 >= 30);
	sys->print("under 2000: %d\n", t2 - t1 < 2000);
	np = sys->pctl(Sys->NODEVS, nil);
	sys->print("nodevs keeps pid %d\n", np == pid);
	fd := sys->open("#c/cons", Sys->OREAD);
	sys->print("open #c after nodevs nil %d\n", fd == nil);
}
