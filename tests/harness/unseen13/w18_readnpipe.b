implement ReadnPipe;

include "sys.m";
	sys: Sys;
include "draw.m";

ReadnPipe: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# writes fixed pieces, each only when asked, so that reads see
# message boundaries deterministically
writer(fd: ref Sys->FD, go: chan of int, pieces: array of string)
{
	for(i := 0; i < len pieces; i++){
		<-go;
		b := array of byte pieces[i];
		sys->write(fd, b, len b);
	}
	<-go;
	fd = nil;
	go <-= 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe: %r\n");
		exit;
	}
	pieces := array[] of {"abc", "defgh", "ij", "klmnopq"};
	go := chan of int;
	spawn writer(p[0], go, pieces);
	p[0] = nil;
	buf := array[64] of byte;

	# plain read returns one write's worth at most
	for(i := 0; i < 2; i++){
		go <-= 1;
		n := sys->read(p[1], buf, 10);
		sys->print("read(10) -> %d %q\n", n, string buf[0:n]);
	}
	# readn keeps reading until it has everything asked for
	go <-= 1;
	go <-= 1;
	n := sys->readn(p[1], buf, 9);
	sys->print("readn(9) -> %d %q\n", n, string buf[0:n]);
	go <-= 1;
	<-go;
	n = sys->readn(p[1], buf, 20);
	sys->print("readn(20) at eof -> %d\n", n);
	n = sys->read(p[1], buf, 20);
	sys->print("read after eof -> %d\n", n);

	# pipes are bidirectional: both ends can write
	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	sys->fprint(q[0], "to one");
	sys->fprint(q[1], "to zero");
	n = sys->read(q[1], buf, len buf);
	sys->print("q[1] got %q\n", string buf[0:n]);
	n = sys->read(q[0], buf, len buf);
	sys->print("q[0] got %q\n", string buf[0:n]);
	(ok, d) := sys->fstat(q[0]);
	sys->print("fstat pipe ok=%d len=%bd\n", ok, d.length);
}
