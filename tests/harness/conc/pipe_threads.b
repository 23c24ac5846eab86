implement PipeThreads;

# Sys->pipe between threads: a writer thread and a reader thread on the two
# ends; the reader reports over a channel, so main alone prints.

include "sys.m";
	sys: Sys;
include "draw.m";

PipeThreads: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

writer(fd: ref Sys->FD, lines: array of string, done: chan of int)
{
	for(i := 0; i < len lines; i++){
		b := array of byte lines[i];
		sys->write(fd, b, len b);
	}
	done <-= len lines;
}

reader(fd: ref Sys->FD, want: int, out: chan of string)
{
	buf := array[100] of byte;
	got := 0;
	while(got < want){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		got += n;
		out <-= string buf[0:n];
	}
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe failed: %r\n");
		return;
	}
	# one thread, one write, one read
	sys->write(p[0], array of byte "hello", 5);
	buf := array[64] of byte;
	n := sys->read(p[1], buf, len buf);
	sys->print("p0->p1: %d %s\n", n, string buf[0:n]);
	sys->write(p[1], array of byte "back", 4);
	n = sys->read(p[0], buf, len buf);
	sys->print("p1->p0: %d %s\n", n, string buf[0:n]);

	# writes keep their boundaries: three writes, three reads
	sys->write(p[0], array of byte "one", 3);
	sys->write(p[0], array of byte "two", 3);
	sys->write(p[0], array of byte "three", 5);
	for(i := 0; i < 3; i++){
		n = sys->read(p[1], buf, len buf);
		sys->print("read %d: %s\n", n, string buf[0:n]);
	}
	# a short read takes part of a write; the rest comes next
	sys->write(p[0], array of byte "abcdefgh", 8);
	n = sys->read(p[1], buf, 3);
	sys->print("short read %d: %s\n", n, string buf[0:n]);
	n = sys->read(p[1], buf, len buf);
	sys->print("rest %d: %s\n", n, string buf[0:n]);

	# reader thread first, then the writer thread
	out := chan of string;
	done := chan of int;
	lines := array[] of {"alpha\n", "beta\n", "gamma\n"};
	total := 0;
	for(i = 0; i < len lines; i++)
		total += len lines[i];
	spawn reader(p[1], total, out);
	spawn writer(p[0], lines, done);
	s := "";
	while((t := <-out) != nil)
		s += t;
	sys->print("reader got %d bytes: %s", len s, s);
	sys->print("writer wrote %d lines\n", <-done);

	# closing the write end: the reader sees end of file
	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	sys->write(q[0], array of byte "last", 4);
	q[0] = nil;
	n = sys->read(q[1], buf, len buf);
	sys->print("before eof %d: %s\n", n, string buf[0:n]);
	n = sys->read(q[1], buf, len buf);
	sys->print("at eof %d\n", n);
}
