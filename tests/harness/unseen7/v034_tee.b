implement Tee;

include "sys.m";
	sys: Sys;
include "draw.m";

Tee: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Sink: adt {
	name:	string;
	fd:	ref Sys->FD;
	n:	int;
};

stderr: ref Sys->FD;

# copy from a producer thread through a pipe to several files
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(stderr, "tee: pipe: %r\n");
		raise "fail:pipe";
	}
	done := chan of int;
	spawn producer(p[1], done);
	p[1] = nil;
	names := array[] of {"/tmp/v034_t1", "/tmp/v034_t2", "/tmp/v034_t3"};
	sinks: list of ref Sink;
	for(i := len names - 1; i >= 0; i--){
		fd := sys->create(names[i], Sys->OWRITE, 8r644);
		if(fd == nil){
			sys->fprint(stderr, "tee: cannot create %s: %r\n", names[i]);
			continue;
		}
		sinks = ref Sink(names[i], fd, 0) :: sinks;
	}
	# appending variant: write a header to t3 first
	(hd tl tl sinks).n += sys->fprint((hd tl tl sinks).fd, "== header ==\n");
	buf := array[7] of byte;	# small buffer to force many reads
	total := 0;
	reads := 0;
	while((n := sys->read(p[0], buf, len buf)) > 0){
		reads++;
		total += n;
		sys->write(sys->fildes(1), buf, n);
		for(l := sinks; l != nil; l = tl l){
			s := hd l;
			if(sys->write(s.fd, buf, n) != n)
				sys->fprint(stderr, "tee: write error on %s: %r\n", s.name);
			s.n += n;
		}
	}
	lines := <-done;
	sys->print("producer wrote %d lines, %d bytes copied\n", lines, total);
	for(l := sinks; l != nil; l = tl l){
		s := hd l;
		s.fd = nil;
		(ok, d) := sys->stat(s.name);
		if(ok < 0)
			sys->print("%s: stat failed\n", s.name);
		else
			sys->print("%s: wrote %d, size %bd\n", s.name, s.n, d.length);
		sys->remove(s.name);
	}
}

producer(fd: ref Sys->FD, done: chan of int)
{
	n := 0;
	words := array[] of {"alpha", "beta", "gamma", "delta", "epsilon"};
	for(i := 0; i < len words; i++){
		sys->fprint(fd, "%d %s\n", i, words[i]);
		n++;
	}
	fd = nil;
	done <-= n;
}
