implement ProgDevfiles;

# #c/sysctl, #p/N/pgrp, the #p listing, stat of a prog's folder, the error string
# init starts with, and a typed exception's members through e.t0 (golden from emu-g)

include "sys.m";
	sys: Sys;
include "draw.m";

ProgDevfiles: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Bad: exception(int, string);

readall(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>");
	b := array[100] of byte;
	n := sys->read(fd, b, len b);
	if(n < 0)
		return sys->sprint("<read: %r>");
	return string b[0:n];
}

parked(c: chan of int)
{
	c <-= sys->pctl(0, nil);
	c <-= 0;
}

check(n: int) raises (Bad)
{
	if(n > 2)
		raise Bad(n, "too big");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("at start: %r\n");
	sys->print("sysctl: %q\n", readall("/dev/sysctl"));
	me := sys->pctl(0, nil);
	sys->print("pgrp: %q\n", readall(sys->sprint("/prog/%d/pgrp", me)));
	c := chan of int;
	spawn parked(c);
	kid := <-c;
	(ok, d) := sys->stat(sys->sprint("/prog/%d", kid));
	sys->print("stat kid: %d dir %d mode %uo\n", ok, (d.mode & Sys->DMDIR) != 0, d.mode & 8r777);
	(ok, d) = sys->stat("/dev/sysctl");
	sys->print("stat sysctl: %d %s %uo\n", ok, d.name, d.mode);
	(ok, d) = sys->stat(sys->sprint("/prog/%d/pgrp", me));
	sys->print("stat pgrp: %d %s %uo\n", ok, d.name, d.mode);
	fd := sys->open("/prog", Sys->OREAD);
	total := 0;
	for(;;){
		(n, nil) := sys->dirread(fd);
		if(n <= 0)
			break;
		total += n;
	}
	sys->print("progs listed: %d\n", total);
	<-c;
	sys->sleep(1);
	(ok, nil) = sys->stat(sys->sprint("/prog/%d", kid));
	sys->print("kid gone: %d\n", ok < 0);
	for(i := 1; i <= 3; i++){
		{
			check(i);
			sys->print("%d fine\n", i);
		} exception e {
		Bad =>
			sys->print("%d bad: %d %s\n", i, e.t0, e.t1);
		}
	}
}
