implement PctlGrp;

# sys->pctl in threads: new process groups, new fd tables, forked
# namespaces; only facts that do not depend on the pid values are printed.

include "sys.m";
	sys: Sys;
include "draw.m";

PctlGrp: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

child(flags: int, c: chan of (int, int, int))
{
	before := sys->pctl(0, nil);
	after := sys->pctl(flags, nil);
	again := sys->pctl(0, nil);
	c <-= (before > 0, before == after, after == again);
}

fdchild(c: chan of string)
{
	# a fresh fd table keeping only 1 and 2
	sys->pctl(Sys->NEWFD, 1 :: 2 :: nil);
	fd := sys->fildes(0);
	s := "fd0 nil " + string (fd == nil);
	fd = sys->fildes(1);
	s += " fd1 " + string (fd != nil);
	c <-= s;
}

pidof(c: chan of int)
{
	c <-= sys->pctl(0, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := sys->pctl(0, nil);
	sys->print("main pid positive %d, stable %d\n", me > 0, me == sys->pctl(0, nil));
	c := chan of (int, int, int);
	flags := array[] of {0, Sys->NEWPGRP, Sys->FORKNS, Sys->NEWFD, Sys->FORKFD, Sys->FORKNS|Sys->NODEVS, Sys->NEWENV, Sys->FORKENV, Sys->NEWPGRP|Sys->FORKNS|Sys->FORKFD};
	for(i := 0; i < len flags; i++){
		spawn child(flags[i], c);
		(a, b, d) := <-c;
		sys->print("flags %d: positive %d same pid %d stable %d\n", flags[i], a, b, d);
	}
	s := chan of string;
	spawn fdchild(s);
	sys->print("%s\n", <-s);
	sys->print("main fd0 nil %d\n", sys->fildes(0) == nil);

	# threads have distinct pids, different from main's
	p := chan of int;
	spawn pidof(p);
	spawn pidof(p);
	x := <-p;
	y := <-p;
	sys->print("distinct %d %d %d, increasing %d\n", x != y, x != me, y != me, y > x);
	sys->pctl(Sys->NEWPGRP, nil);
	sys->print("main after NEWPGRP same pid %d\n", me == sys->pctl(0, nil));
}
