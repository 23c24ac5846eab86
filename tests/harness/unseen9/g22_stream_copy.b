implement StreamCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

StreamCopy: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

SRC: con "/tmp/g22_stream_copy.src";
DST: con "/tmp/g22_stream_copy.dst";

checksum(b: array of byte, n: int): int
{
	s := 0;
	for(i := 0; i < n; i++)
		s = (s*31 + int b[i]) & 16rFFFFFF;
	return s;
}

filesum(path: string): (int, int)
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return (-1, -1);
	buf := array[8192] of byte;
	n := sys->readn(fd, buf, len buf);
	return (n, checksum(buf, n));
}

# count lines arriving on a pipe, report on a channel
counter(fd: ref Sys->FD, res: chan of (int, int))
{
	buf := array[100] of byte;
	lines := 0;
	bytes := 0;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		bytes += n;
		for(i := 0; i < n; i++)
			if(buf[i] == byte '\n')
				lines++;
	}
	res <-= (lines, bytes);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(SRC, Sys->OWRITE, 8r644);
	for(i := 0; i < 150; i++)
		sys->fprint(fd, "line %03d: %s\n", i, "abcdefghijklmnopqrstuvwxyz"[0:i%27]);
	fd = nil;
	(sn, ssum) := filesum(SRC);
	sys->print("source: %d bytes checksum %.6x\n", sn, ssum);

	# file to file with a small buffer
	in := sys->open(SRC, Sys->OREAD);
	out := sys->create(DST, Sys->OWRITE, 8r644);
	n := sys->stream(in, out, 37);
	in = out = nil;
	(dn, dsum) := filesum(DST);
	sys->print("stream file->file copied %d; dest %d bytes checksum %.6x same=%d\n",
		n, dn, dsum, ssum == dsum);

	# file to pipe, counted by another process
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	res := chan of (int, int);
	spawn counter(p[0], res);
	p[0] = nil;
	in = sys->open(SRC, Sys->OREAD);
	sys->seek(in, big 1000, Sys->SEEKSTART);
	n = sys->stream(in, p[1], 256);
	p[1] = nil;
	(lines, bytes) := <-res;
	sys->print("stream file->pipe from offset 1000 copied %d; counter saw %d bytes, %d newlines\n",
		n, bytes, lines);

	# stream from an empty file copies nothing
	e := sys->create(DST, Sys->ORDWR, 8r644);
	n = sys->stream(e, sys->open(SRC, Sys->OWRITE), 64);
	sys->print("stream from empty file: %d\n", n);
	e = nil;
	(sn, ssum) = filesum(SRC);
	sys->print("source unchanged: %d bytes checksum %.6x\n", sn, ssum);
	sys->remove(SRC);
	sys->remove(DST);
}
