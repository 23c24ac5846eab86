implement BigSeek;

include "sys.m";
	sys: Sys;
include "draw.m";

BigSeek: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := big 1;
	for(i := 1; i <= 21; i += 4){
		for(j := i; j < i+4 && j <= 21; j++)
			f *= big j;
		sys->print("%2d! region: %bd (hex %bx)\n", j-1, f, f);
	}
	sys->print("overflow wraps: %bd\n", f * big 100);
	m := big -1;
	sys->print("big -1: %bd %bx %bux\n", m, m, m);
	sys->print("shifts: %bd %bd %bd\n", big 1 << 62, (big 1 << 63) >> 60, big -256 >> 4);
	sys->print("div/mod: %bd %bd %bd %bd\n", big 17 / big 5, big 17 % big 5, big -17 / big 5, big -17 % big 5);
	sys->print("int of big: %d %d\n", int (big 1 << 32 | big 5), int big 16rffffffff);
	sys->print("big of real: %bd %bd\n", big 1.5e15, big -2.5);
	sys->print("real of big: %g\n", real (big 1 << 53));
	# seek with big offsets in a file
	name := "/tmp/q052.bin";
	fd := sys->create(name, Sys->ORDWR, 8r644);
	block := array[100] of byte;
	for(i = 0; i < len block; i++)
		block[i] = byte ('a' + i % 26);
	for(i = 0; i < 10; i++)
		sys->write(fd, block, len block);
	end := sys->seek(fd, big 0, Sys->SEEKEND);
	sys->print("size %bd\n", end);
	pos := sys->seek(fd, big -30, Sys->SEEKEND);
	buf := array[5] of byte;
	sys->read(fd, buf, 5);
	sys->print("at %bd: %s\n", pos, string buf);
	pos = sys->seek(fd, big -105, Sys->SEEKRELA);
	sys->read(fd, buf, 5);
	sys->print("at %bd: %s\n", pos, string buf);
	pos = sys->seek(fd, big 2000, Sys->SEEKSTART);
	n := sys->read(fd, buf, 5);
	sys->print("past end at %bd read %d\n", pos, n);
	sys->write(fd, array of byte "Z", 1);
	(nil, d) := sys->fstat(fd);
	sys->print("after write past end size %bd\n", d.length);
	sys->seek(fd, big 1500, Sys->SEEKSTART);
	n = sys->read(fd, buf, 5);
	sys->print("hole reads %d bytes: %d %d %d\n", n, int buf[0], int buf[1], int buf[4]);
	pread := sys->pread(fd, buf, 5, big 26);
	sys->print("pread at 26: %d %s\n", pread, string buf);
	sys->pwrite(fd, array of byte "XYZ", 3, big 0);
	sys->pread(fd, buf, 5, big 0);
	sys->print("after pwrite: %s\n", string buf);
	sys->remove(name);
}
