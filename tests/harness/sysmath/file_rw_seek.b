implement FileRwSeek;
include "sys.m";
	sys: Sys;
include "draw.m";
FileRwSeek: module { init: fn(nil: ref Draw->Context, nil: list of string); };
F: con "/tmp/dbg-sysmath-rwseek";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r600);
	sys->print("created %d\n", fd != nil);
	data := array of byte "0123456789abcdef";
	sys->print("write %d\n", sys->write(fd, data, len data));
	sys->print("write 0: %d\n", sys->write(fd, data, 0));
	sys->print("seek end %bd\n", sys->seek(fd, big 0, Sys->SEEKEND));
	sys->print("seek start 4 %bd\n", sys->seek(fd, big 4, Sys->SEEKSTART));
	buf := array[5] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("read %d %s\n", n, string buf[0:n]);
	sys->print("seek relative -2 %bd\n", sys->seek(fd, big -2, Sys->SEEKRELA));
	n = sys->read(fd, buf, 3);
	sys->print("read %d %s\n", n, string buf[0:n]);
	sys->print("seek past end %bd\n", sys->seek(fd, big 20, Sys->SEEKSTART));
	n = sys->read(fd, buf, len buf);
	sys->print("read at 20: %d\n", n);
	sys->print("write at 20: %d\n", sys->write(fd, array of byte "Z", 1));
	(ok, d) := sys->fstat(fd);
	sys->print("fstat %d length %bd\n", ok, d.length);
	sys->seek(fd, big 15, Sys->SEEKSTART);
	big6 := array[8] of byte;
	n = sys->read(fd, big6, len big6);
	sys->print("read hole %d:", n);
	for(i := 0; i < n; i++)
		sys->print(" %.2x", int big6[i]);
	sys->print("\n");
	{ sys->print("seek neg %bd\n", sys->seek(fd, big -100, Sys->SEEKSTART)); } exception e { "*" => sys->print("seek neg exc %s\n", e); }
	sys->print("[%r]\n");
	sys->seek(fd, big 0, Sys->SEEKSTART);
	all := array[100] of byte;
	n = sys->readn(fd, all, len all);
	sys->print("readn %d\n", n);
	fd = sys->open(F, Sys->OREAD|Sys->OTRUNC);
	(ok, d) = sys->stat(F);
	sys->print("after OREAD|OTRUNC length %bd\n", d.length);
	fd = sys->open(F, Sys->OWRITE|Sys->OTRUNC);
	(ok, d) = sys->stat(F);
	sys->print("after OWRITE|OTRUNC length %bd\n", d.length);
	fd = sys->create(F, Sys->OWRITE, 8r600);
	sys->write(fd, array of byte "xy", 2);
	fd = sys->create(F, Sys->OWRITE, 8r600);
	(ok, d) = sys->stat(F);
	sys->print("recreate length %bd\n", d.length);
	sys->print("remove %d\n", sys->remove(F));
}
