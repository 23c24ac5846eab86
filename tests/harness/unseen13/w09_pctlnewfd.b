implement PctlNewfd;

include "sys.m";
	sys: Sys;
include "draw.m";

PctlNewfd: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

probe(label: string, fds: array of int)
{
	sys->print("%s:", label);
	for(i := 0; i < len fds; i++){
		if(sys->fildes(fds[i]) != nil)
			sys->print(" %d=open", fds[i]);
		else
			sys->print(" %d=closed", fds[i]);
	}
	sys->print("\n");
}

child(fds: array of int, keep: list of int, sync: chan of string)
{
	sys->pctl(Sys->NEWFD, keep);
	probe("child", fds);
	f := sys->fildes(fds[3]);
	if(f != nil)
		sys->fprint(f, "child wrote via kept fd\n");
	sync <-= "child finished";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_09log";
	a := sys->create(path, Sys->OWRITE, 8r644);
	b := sys->open("/dev/null", Sys->OREAD);
	c := sys->open("/dev/null", Sys->OWRITE);
	sys->dup(a.fd, 20);
	sys->dup(b.fd, 21);
	sys->dup(c.fd, 22);
	fds := array[] of {1, 2, 21, 20, 22};
	probe("parent before", fds);

	sync := chan of string;
	spawn child(fds, 1 :: 2 :: 20 :: nil, sync);
	sys->print("%s\n", <-sync);
	probe("parent after", fds);

	# FORKFD: the child gets a copy, closing there does not affect us
	spawn forked(sync);
	sys->print("%s\n", <-sync);
	probe("parent after forkfd", fds);

	a = nil;
	sys->dup(-1, 0);
	fd := sys->open(path, Sys->OREAD);
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("log: %s", string buf[0:n]);
	sys->remove(path);
	pid := sys->pctl(0, nil);
	sys->print("pctl(0) returns a positive pid: %d\n", pid > 0);
}

forked(sync: chan of string)
{
	sys->pctl(Sys->FORKFD, nil);
	fd := sys->fildes(21);
	sys->print("forked child sees fd21: %d\n", fd != nil);
	sync <-= "forked done";
}
