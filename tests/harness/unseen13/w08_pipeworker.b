implement PipeWorker;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeWorker: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# upper-cases lines from one pipe and writes them to another
worker(in, out: ref Sys->FD, done: chan of int)
{
	buf := array[128] of byte;
	total := 0;
	while((n := sys->read(in, buf, len buf)) > 0){
		for(i := 0; i < n; i++){
			c := int buf[i];
			if(c >= 'a' && c <= 'z')
				buf[i] = byte (c - 'a' + 'A');
		}
		sys->write(out, buf, n);
		total += n;
	}
	out = nil;
	done <-= total;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p1 := array[2] of ref Sys->FD;
	p2 := array[2] of ref Sys->FD;
	if(sys->pipe(p1) < 0 || sys->pipe(p2) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	done := chan of int;
	spawn worker(p1[1], p2[0], done);
	p1[1] = p2[0] = nil;	# the worker holds these now

	lines := array[] of {
		"first line of input",
		"Second: mixed Case 123",
		"the end",
	};
	for(i := 0; i < len lines; i++){
		sys->fprint(p1[0], "%s\n", lines[i]);
		# wait for the echo so output order is fixed
		buf := array[128] of byte;
		n := sys->read(p2[1], buf, len buf);
		sys->print("%d> %s", i, string buf[0:n]);
	}
	p1[0] = nil;	# closing write end gives the worker EOF
	t := <-done;
	sys->print("worker processed %d bytes\n", t);
	buf := array[16] of byte;
	n := sys->read(p2[1], buf, len buf);
	sys->print("final read after worker exit: %d\n", n);

	# writing to a pipe whose other end is gone
	p3 := array[2] of ref Sys->FD;
	sys->pipe(p3);
	p3[1] = nil;
	{
		w := sys->write(p3[0], array of byte "x", 1);
		sys->print("write to broken pipe = %d: %r\n", w);
	} exception e {
	"*" =>
		sys->print("exception writing broken pipe: %s\n", e);
	}
}
