implement PipeEcho;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeEcho: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a server at the far end of a pipe: reverses each message
server(fd: ref Sys->FD, done: chan of int)
{
	buf := array[256] of byte;
	served := 0;
	for(;;) {
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		s := string buf[0:n];
		r := "";
		for(i := len s - 1; i >= 0; i--)
			r[len r] = s[i];
		sys->fprint(fd, "%s", r);
		served++;
	}
	done <-= served;
}

producer(fd: ref Sys->FD, lines: array of string)
{
	for(i := 0; i < len lines; i++)
		sys->fprint(fd, "%s\n", lines[i]);
	# dropping the last reference to the write end gives the reader eof
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# one-way stream: collect everything until eof
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0) {
		sys->print("pipe: %r\n");
		return;
	}
	lines := array[] of {"first line", "second", "third and last"};
	spawn producer(p[1], lines);
	p[1] = nil;
	data := "";
	buf := array[7] of byte;
	reads := 0;
	for(;;) {
		n := sys->read(p[0], buf, len buf);
		if(n <= 0)
			break;
		reads++;
		data += string buf[0:n];
	}
	nl := 0;
	for(i := 0; i < len data; i++)
		if(data[i] == '\n')
			nl++;
	sys->print("stream: %d bytes, %d lines, eof seen\n", len data, nl);
	sys->print("%s", data);
	p = nil;

	# two-way: both ends of a pipe are read/write
	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	done := chan of int;
	spawn server(q[1], done);
	words := array[] of {"stressed", "drawer", "Inferno", "level"};
	rb := array[256] of byte;
	for(i = 0; i < len words; i++) {
		sys->fprint(q[0], "%s", words[i]);
		n := sys->read(q[0], rb, len rb);
		sys->print("%s -> %s\n", words[i], string rb[0:n]);
	}
	q[0] = nil;
	q[1] = nil;
	sys->print("server handled %d requests\n", <-done);

	# writing to a pipe whose reader is gone is an error
	w := array[2] of ref Sys->FD;
	sys->pipe(w);
	w[0] = nil;
	{
		r := sys->write(w[1], array of byte "lost", 4);
		sys->print("write returned %d\n", r);
	} exception e {
	"*" =>
		sys->print("write to closed pipe raised: %s\n", e);
	}
}
