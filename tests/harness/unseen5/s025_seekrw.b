implement SeekRW;

include "sys.m";
	sys: Sys;
include "draw.m";

SeekRW: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

readat(fd: ref Sys->FD, off: big, n: int): string
{
	sys->seek(fd, off, Sys->SEEKSTART);
	buf := array[n] of byte;
	r := sys->read(fd, buf, n);
	if(r < 0)
		return "error";
	return string buf[0:r];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/s025B.bin";
	fd := sys->create(path, Sys->ORDWR, 8r644);
	alpha := array[26] of byte;
	for(i := 0; i < 26; i++)
		alpha[i] = byte ('a' + i);
	sys->write(fd, alpha, len alpha);
	end := sys->seek(fd, big 0, Sys->SEEKEND);
	sys->print("size %bd\n", end);
	sys->print("at 0: %s\n", readat(fd, big 0, 5));
	sys->print("at 10: %s\n", readat(fd, big 10, 4));
	sys->print("at 24: %s (short read)\n", readat(fd, big 24, 10));
	sys->print("at 30: '%s' (past end)\n", readat(fd, big 30, 4));
	pos := sys->seek(fd, big -3, Sys->SEEKEND);
	sys->print("seek -3 from end -> %bd\n", pos);
	pos = sys->seek(fd, big -10, Sys->SEEKRELA);
	sys->print("seek -10 relative -> %bd\n", pos);
	up := array of byte "XYZ";
	sys->write(fd, up, len up);
	pos = sys->seek(fd, big 0, Sys->SEEKRELA);
	sys->print("after write pos %bd\n", pos);
	sys->print("whole: %s\n", readat(fd, big 0, 64));
	# positional reads and writes
	sys->pwrite(fd, array of byte "__", 2, big 0);
	pb := array[6] of byte;
	n := sys->pread(fd, pb, 6, big 11);
	sys->print("pread: %s (%d)\n", string pb[0:n], n);
	pos = sys->seek(fd, big 0, Sys->SEEKRELA);
	sys->print("offset after pread/pwrite: %bd\n", pos);
	# writing past the end leaves a hole of zero bytes
	sys->pwrite(fd, array of byte "!", 1, big 30);
	(nil, d) := sys->fstat(fd);
	sys->print("size after hole %bd\n", d.length);
	hole := array[5] of byte;
	sys->pread(fd, hole, 5, big 26);
	s := "";
	for(i = 0; i < len hole; i++)
		s += sys->sprint(" %d", int hole[i]);
	sys->print("hole bytes:%s\n", s);
	sys->print("whole: %s\n", readat(fd, big 0, 26));
	fd = nil;
	sys->remove(path);
}
