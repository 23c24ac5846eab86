implement Kbrokenpipe;

include "sys.m";
	sys: Sys;
include "draw.m";

Kbrokenpipe: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k30_brokenpipe";
WANT: con 3;

# like "producer | head -3": the consumer saves the first lines to a file
# and hangs up; the producer's next write to the pipe raises an exception
# that nobody catches.

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		raise "fail:pipe";
	done := chan of int;
	spawn consumer(p[0], done);
	p[0] = nil;
	out := p[1];

	for(i := 1; i <= WANT; i++){
		line := array of byte sys->sprint("line %d from the producer\n", i);
		n := sys->write(out, line, len line);
		sys->print("write %d: %d bytes\n", i, n);
	}
	got := <-done;
	sys->print("consumer kept %d lines and hung up\n", got);
	sys->print("saved file:\n%s", readfile(DIR+"/head"));
	sys->remove(DIR+"/head");
	sys->remove(DIR);

	for(;; i++){
		line := array of byte sys->sprint("line %d from the producer\n", i);
		sys->print("attempting write %d\n", i);
		n := sys->write(out, line, len line);
		sys->print("write %d returned %d: %r\n", i, n);
	}
}

consumer(fd: ref Sys->FD, done: chan of int)
{
	f := sys->create(DIR+"/head", Sys->OWRITE, 8r644);
	buf := array[8] of byte;
	lines := 0;
	while(lines < WANT && (n := sys->read(fd, buf, len buf)) > 0){
		for(i := 0; i < n && lines < WANT; i++){
			sys->write(f, buf[i:i+1], 1);
			if(buf[i] == byte '\n')
				lines++;
		}
	}
	f = nil;
	fd = nil;	# hang up the read end
	done <-= lines;
}

readfile(name: string): string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>\n");
	b := array[200] of byte;
	n := sys->read(fd, b, len b);
	return string b[0:n];
}
