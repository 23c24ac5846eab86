implement Pipes;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# upcase filter: reads from one pipe end, writes transformed text to another
upcase(in, out: ref Sys->FD, done: chan of int)
{
	buf := array[16] of byte;
	total := 0;
	while((n := sys->read(in, buf, len buf)) > 0){
		for(i := 0; i < n; i++)
			if(buf[i] >= byte 'a' && buf[i] <= byte 'z')
				buf[i] -= byte ('a' - 'A');
		if(sys->write(out, buf, n) != n)
			break;
		total += n;
	}
	out = nil;
	done <-= total;
}

writer(fd: ref Sys->FD, lines: array of string, done: chan of int)
{
	for(i := 0; i < len lines; i++)
		sys->fprint(fd, "%d %s\n", i+1, lines[i]);
	done <-= len lines;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p1 := array[2] of ref Sys->FD;
	p2 := array[2] of ref Sys->FD;
	if(sys->pipe(p1) < 0 || sys->pipe(p2) < 0){
		sys->fprint(sys->fildes(2), "pipes: %r\n");
		raise "fail:pipe";
	}
	lines := array[] of {
		"the dis virtual machine",
		"styx is the file protocol",
		"everything is a file",
		"channels connect processes",
	};
	wdone := chan of int;
	udone := chan of int;
	spawn writer(p1[0], lines, wdone);
	spawn upcase(p1[1], p2[0], udone);
	nl := <-wdone;
	p1[0] = nil;	# writer finished: drop our ref so the filter sees EOF
	sys->print("writer sent %d lines\n", nl);
	p2[0] = nil;
	data := "";
	buf := array[64] of byte;
	while((n := sys->read(p2[1], buf, len buf)) > 0)
		data += string buf[0:n];
	total := <-udone;
	(cnt, l) := sys->tokenize(data, "\n");
	sys->print("filter moved %d bytes, reader got %d lines:\n", total, cnt);
	for(; l != nil; l = tl l)
		sys->print("\t%s\n", hd l);
	sys->print("dup test: ");
	fd := sys->dup(1, 5);
	out := sys->fildes(fd);
	sys->fprint(out, "written via fd %d\n", fd);
}
