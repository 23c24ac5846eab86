implement PipeEof;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeEof: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

writer(fd: ref Sys->FD, lines: array of string, sync: chan of int)
{
	for(i := 0; i < len lines; i++){
		b := array of byte lines[i];
		sys->write(fd, b, len b);
		<-sync;
	}
	fd = nil;
	sync <-= 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe failed\n");
		return;
	}
	lines := array[] of {"first message", "second", "third and last"};
	sync := chan of int;
	wfd := p[1];
	p[1] = nil;
	spawn writer(wfd, lines, sync);
	wfd = nil;
	buf := array[128] of byte;
	for(i := 0; i < len lines; i++){
		n := sys->read(p[0], buf, len buf);
		sys->print("read %d: %s\n", n, string buf[0:n]);
		sync <-= 1;
	}
	<-sync;
	n := sys->read(p[0], buf, len buf);
	sys->print("after writer dropped its fd: read %d\n", n);
	n = sys->read(p[0], buf, len buf);
	sys->print("and again: read %d\n", n);

	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	sys->write(q[0], array of byte "reverse", 7);
	n = sys->read(q[1], buf, 3);
	sys->print("pipes are bidirectional; short read %d: %s\n", n, string buf[0:n]);
	n = sys->read(q[1], buf, len buf);
	sys->print("rest %d: %s\n", n, string buf[0:n]);
	sys->write(q[1], array of byte "one", 3);
	sys->write(q[1], array of byte "two", 3);
	n = sys->read(q[0], buf, len buf);
	sys->print("messages keep boundaries: %d %s\n", n, string buf[0:n]);
	n = sys->write(q[1], array[0] of byte, 0);
	sys->print("zero-length write returns %d\n", n);
	q[1] = nil;
	n = sys->read(q[0], buf, len buf);
	sys->print("after closing other end: read %d: [%s]\n", n, string buf[0:n]);
	n = sys->read(q[0], buf, len buf);
	sys->print("then read %d\n", n);
	r := array[2] of ref Sys->FD;
	sys->pipe(r);
	r[0] = nil;
	sys->werrstr("");
	{
		n = sys->write(r[1], array of byte "nobody", 6);
		sys->print("write with no reader: %d (%r)\n", n);
	} exception e {
	"*" =>
		sys->print("write with no reader raised: %s\n", e);
	}
}
