implement P64;
include "sys.m";
	sys: Sys;
include "draw.m";
P64: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

F: con "/tmp/unseen3-p64-f";
G: con "/tmp/unseen3-p64-g";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := sys->aprint("%d-%s-%c", 42, "é", 'z');
	sys->print("aprint len %d str %s\n", len b, string b);
	fd := sys->create(F, Sys->ORDWR, 8r644);
	for(i := 0; i < 100; i++)
		sys->fprint(fd, "%03d\n", i);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[50] of byte;
	n := sys->readn(fd, buf, len buf);
	sys->print("readn %d %q\n", n, string buf[0:8]);
	sys->seek(fd, big 395, Sys->SEEKSTART);
	n = sys->readn(fd, buf, len buf);
	sys->print("readn near eof %d\n", n);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	out := sys->create(G, Sys->OWRITE, 8r644);
	n = sys->stream(fd, out, 64);
	sys->print("stream %d\n", n);
	out = nil;
	(ok, d) := sys->stat(G);
	sys->print("copy len %bd\n", d.length);
	sys->seek(fd, big 1000, Sys->SEEKSTART);
	sys->write(fd, array of byte "END", 3);
	(ok, d) = sys->fstat(fd);
	sys->print("sparse len %bd\n", d.length);
	sys->seek(fd, big 500, Sys->SEEKSTART);
	n = sys->read(fd, buf, 4);
	sys->print("hole %d %d %d\n", n, int buf[0], int buf[3]);
	fd = nil;
	sys->remove(F);
	sys->remove(G);
}
