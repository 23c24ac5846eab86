implement NewfdSpawn;

# A prog's fd table after pctl(NEWFD) is shared by the progs it spawns
# afterwards; a FORKFD child's changes stay its own.

include "sys.m";
	sys: Sys;
include "draw.m";

NewfdSpawn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

probe(who: string, done: chan of int)
{
	out := sys->fildes(1);
	err := sys->fildes(2);
	sys->fprint(out, "%s: fd 1 %d fd 2 %d\n", who, out != nil, err != nil);
	done <-= 1;
}

narrowed(done: chan of int)
{
	sys->pctl(Sys->NEWFD, 1 :: nil);
	c := chan of int;
	spawn probe("child of NEWFD", c);
	<-c;
	done <-= 1;
}

forked(done: chan of int)
{
	sys->pctl(Sys->FORKFD, nil);
	fd := sys->open("/dev/null", Sys->OREAD);
	done <-= fd.fd;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	spawn narrowed(done);
	<-done;
	spawn probe("child of init", done);
	<-done;
	spawn forked(done);
	n := <-done;
	fd := sys->open("/dev/null", Sys->OREAD);
	sys->print("init's open took the number the FORKFD child took: %d\n", fd.fd == n);
}
