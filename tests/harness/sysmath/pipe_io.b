implement PipeIo;
include "sys.m";
	sys: Sys;
include "draw.m";
PipeIo: module { init: fn(nil: ref Draw->Context, nil: list of string); };
writer(fd: ref Sys->FD, done: chan of int)
{
	for(i := 0; i < 3; i++)
		sys->fprint(fd, "msg%d;", i);
	fd = nil;
	done <-= 1;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	sys->print("pipe %d\n", sys->pipe(p));
	sys->print("both %d %d\n", p[0] != nil, p[1] != nil);
	sys->print("write 0->1: %d\n", sys->write(p[0], array of byte "hello", 5));
	buf := array[64] of byte;
	n := sys->read(p[1], buf, len buf);
	sys->print("read %d %s\n", n, string buf[0:n]);
	sys->print("write 1->0: %d\n", sys->write(p[1], array of byte "back", 4));
	n = sys->read(p[0], buf, 2);
	sys->print("read part %d %s\n", n, string buf[0:n]);
	n = sys->read(p[0], buf, len buf);
	sys->print("read rest %d %s\n", n, string buf[0:n]);
	sys->write(p[0], array of byte "one", 3);
	sys->write(p[0], array of byte "two", 3);
	n = sys->read(p[1], buf, len buf);
	sys->print("message boundary %d %s\n", n, string buf[0:n]);
	n = sys->read(p[1], buf, len buf);
	sys->print("next %d %s\n", n, string buf[0:n]);
	done := chan of int;
	spawn writer(p[0], done);
	<-done;
	p[0] = nil;
	total := "";
	while((n = sys->read(p[1], buf, len buf)) > 0)
		total += string buf[0:n];
	sys->print("after close: %s last %d\n", total, n);
	(ok, d) := sys->fstat(p[1]);
	sys->print("fstat %d qtype %x\n", ok, d.qid.qtype);
	{
		sys->print("write to closed: %d\n", sys->write(p[1], array of byte "x", 1));
		sys->print("err [%r]\n");
	} exception e { "*" => sys->print("write to closed exc %s\n", e); }
	{ sys->fprint(p[1], "y"); } exception e { "*" => sys->print("fprint to closed exc %s\n", e); }
	q := array[1] of ref Sys->FD;
	{ sys->print("short array %d\n", sys->pipe(q)); } exception e { "*" => sys->print("short array exc %s\n", e); }
}
