#args: 4 3
implement OrderedWriters;

include "sys.m";
	sys: Sys;
include "draw.m";

OrderedWriters: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

LINE: con 16;

# each writer fills its own column of lines using pwrite; a token
# passed around a ring of channels fixes the order of the stderr log
writer(id, nlines: int, fd: ref Sys->FD, in, out: chan of int, done: chan of int)
{
	for(i := 0; i < nlines; i++){
		tok := <-in;
		s := sys->sprint("w%d line%d tok%03d", id, i, tok);
		b := array[LINE] of {* => byte ' '};
		b[0:] = array of byte s[0:LINE-1];
		b[LINE-1] = byte '\n';
		off := big ((i * 10 + id) * LINE);
		sys->pwrite(fd, b, LINE, off);
		sys->fprint(sys->fildes(2), "writer %d wrote line %d\n", id, i);
		out <-= tok + 1;
	}
	done <-= id;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nw := int hd tl argv;
	nl := int hd tl tl argv;
	if(nw < 1 || nw > 10){
		sys->fprint(sys->fildes(2), "bad writer count\n");
		raise "fail:usage";
	}
	path := "/tmp/w_27grid";
	fd := sys->create(path, Sys->ORDWR, 8r644);
	ring := array[nw+1] of chan of int;
	for(i := 0; i <= nw; i++)
		ring[i] = chan of int;
	done := chan of int;
	for(i = 0; i < nw; i++)
		spawn writer(i, nl, fd, ring[i], ring[i+1], done);
	tok := 0;
	for(r := 0; r < nl; r++){
		ring[0] <-= tok;
		tok = <-ring[nw];
	}
	for(i = 0; i < nw; i++)
		<-done;
	sys->print("all %d writers finished, final token %d\n", nw, tok);

	(nil, d) := sys->fstat(fd);
	sys->print("file length %bd\n", d.length);
	buf := array[LINE] of byte;
	for(r = 0; r < nl; r++)
		for(i = 0; i < nw; i++){
			sys->pread(fd, buf, LINE, big ((r*10+i)*LINE));
			sys->print("%s", string buf);
		}
	# the gaps between rows are zero bytes
	sys->pread(fd, buf, LINE, big (nw*LINE));
	zeros := 0;
	for(i = 0; i < LINE; i++)
		if(buf[i] == byte 0)
			zeros++;
	sys->print("gap after row 0 has %d zero bytes\n", zeros);
	fd = nil;
	sys->remove(path);
}
