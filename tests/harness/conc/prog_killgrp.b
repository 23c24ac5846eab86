implement KillGrp;

include "sys.m";
	sys: Sys;
include "draw.m";

KillGrp: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

worker(name: string, pidc: chan of int, c: chan of string)
{
	pidc <-= sys->pctl(0, nil);
	for(;;)
		c <-= name;
}

leader(pidc: chan of int, c: chan of string)
{
	pidc <-= sys->pctl(Sys->NEWPGRP, nil);
	spawn worker("w1", pidc, c);
	spawn worker("w2", pidc, c);
	<-c;
	sys->print("leader never gets here\n");
}

ctlmsg(pid: int, msg: string)
{
	fd := sys->open(sys->sprint("/prog/%d/ctl", pid), Sys->OWRITE);
	if(fd == nil){
		sys->print("open %s: %r\n", msg);
		return;
	}
	n := sys->fprint(fd, "%s", msg);
	if(n < 0)
		sys->print("%s: %r\n", msg);
	else
		sys->print("%s: %d\n", msg, n);
}

selfkill(done: chan of int)
{
	pid := sys->pctl(0, nil);
	sys->print("selfkill before\n");
	ctlmsg(pid, "kill");
	sys->print("selfkill after\n");
	done <-= 1;
}

longnap(pidc: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	sys->sleep(1000000);
	sys->print("longnap woke\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(0, nil);
	ctlmsg(me, "");
	ctlmsg(me, "frobnicate now");
	ctlmsg(me, "kill now");
	ctlmsg(me, "exceptions bogus");
	ctlmsg(me, "restricted");
	pidc := chan of int;
	c := chan of string;
	spawn leader(pidc, c);
	lp := <-pidc;
	w1 := <-pidc;
	w2 := <-pidc;
	sys->print("%s %s\n", <-c, <-c);
	ctlmsg(lp, "killgrp");
	sys->sleep(20);
	alt{
	s := <-c =>
		sys->print("got %s after killgrp\n", s);
	* =>
		sys->print("no worker left\n");
	}
	ctlmsg(w1, "kill");
	ctlmsg(w2, "kill");
	done := chan of int;
	spawn selfkill(done);
	alt{
	<-done =>
		sys->print("selfkill finished\n");
	* =>
		sys->print("selfkill did not finish\n");
	}
	sys->sleep(20);
	spawn longnap(pidc);
	np := <-pidc;
	sys->sleep(10);
	ctlmsg(np, "kill");
	sys->sleep(10);
	ctlmsg(np, "kill");
	sys->print("main ends\n");
	ctlmsg(me, "kill");
	sys->print("main after its own kill\n");
}
