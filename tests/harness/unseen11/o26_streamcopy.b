#args: 5000 333
implement StreamCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

StreamCopy: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

OUTF: con "/tmp/o_26_stream.out";

adler(a, b: int, buf: array of byte, n: int): (int, int)
{
	for(i := 0; i < n; i++){
		a = (a + int buf[i]) % 65521;
		b = (b + a) % 65521;
	}
	return (a, b);
}

# writes total bytes of a repeating pattern in chunks; reports its checksum
producer(fd: ref Sys->FD, total, chunk: int, sum: chan of (int, int, int))
{
	a := 1;
	b := 0;
	buf := array[chunk] of byte;
	written := 0;
	x := 7;
	while(written < total){
		n := chunk;
		if(total - written < n)
			n = total - written;
		for(i := 0; i < n; i++){
			x = (x * 75 + 74) % 65537;
			buf[i] = byte (' ' + x % 95);
		}
		if(sys->write(fd, buf, n) != n)
			break;
		(a, b) = adler(a, b, buf, n);
		written += n;
	}
	sum <-= (written, a, b);
}

copier(src, dst: ref Sys->FD, done: chan of int)
{
	done <-= sys->stream(src, dst, 512);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	total := 4096;
	chunk := 100;
	if(len argv == 3){
		total = int hd tl argv;
		chunk = int hd tl tl argv;
	}
	out := sys->create(OUTF, Sys->OWRITE, 8r644);
	if(out == nil){
		sys->fprint(sys->fildes(2), "create: %r\n");
		raise "fail:create";
	}
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	sums := chan of (int, int, int);
	copied := chan of int;
	spawn copier(p[0], out, copied);
	spawn producer(p[1], total, chunk, sums);
	(w, pa, pb) := <-sums;
	p = nil;	# the producer is done: drop the write end so stream sees EOF
	n := <-copied;
	out = nil;
	sys->print("producer wrote %d bytes in chunks of %d\n", w, chunk);
	sys->print("stream copied %d bytes\n", n);

	(ok, d) := sys->stat(OUTF);
	if(ok == 0)
		sys->print("file length %bd\n", d.length);

	# read back in odd-sized pieces with pread at explicit offsets
	fd := sys->open(OUTF, Sys->OREAD);
	a := 1;
	b := 0;
	off := big 0;
	buf := array[777] of byte;
	reads := 0;
	while((r := sys->pread(fd, buf, len buf, off)) > 0){
		(a, b) = adler(a, b, buf, r);
		off += big r;
		reads++;
	}
	sys->print("read back %bd bytes in %d preads\n", off, reads);
	sys->print("checksums: sent %.8ux, stored %.8ux, %s\n", (pb<<16)|pa, (b<<16)|a,
		same(pa == a && pb == b));

	# peek at the first and last few bytes
	head := array[16] of byte;
	sys->pread(fd, head, len head, big 0);
	tail := array[16] of byte;
	sys->seek(fd, big -16, Sys->SEEKEND);
	sys->readn(fd, tail, len tail);
	sys->print("head %s\ntail %s\n", string head, string tail);
	sys->remove(OUTF);
}

same(b: int): string
{
	if(b)
		return "equal";
	return "DIFFERENT";
}
