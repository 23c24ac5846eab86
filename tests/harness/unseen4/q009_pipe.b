implement PipeT;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

writer(fd: ref Sys->FD, done: chan of int)
{
	for(i := 1; i <= 6; i++){
		msg := sys->sprint("message %d of 6;", i);
		sys->write(fd, array of byte msg, len msg);
	}
	fd = nil;
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	done := chan of int;
	spawn writer(p[1], done);
	p[1] = nil;
	<-done;
	# all writes done and writer end closed; collect everything
	acc := "";
	buf := array[7] of byte;
	for(;;){
		n := sys->read(p[0], buf, len buf);
		if(n <= 0)
			break;
		acc += string buf[0:n];
	}
	(nt, toks) := sys->tokenize(acc, ";");
	sys->print("got %d bytes, %d messages\n", len acc, nt);
	for(; toks != nil; toks = tl toks)
		sys->print("  %s\n", hd toks);
	# two-way: write on one end, read on the other
	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	sys->fprint(q[0], "ping");
	n := sys->read(q[1], buf, len buf);
	sys->print("q1 read %d: %s\n", n, string buf[0:n]);
	sys->fprint(q[1], "pong");
	n = sys->read(q[0], buf, len buf);
	sys->print("q0 read %d: %s\n", n, string buf[0:n]);
}
