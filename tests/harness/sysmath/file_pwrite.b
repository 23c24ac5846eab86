implement FilePwrite;
include "sys.m";
	sys: Sys;
include "draw.m";
FilePwrite: module { init: fn(nil: ref Draw->Context, nil: list of string); };
F: con "/tmp/dbg-sysmath-pwrite";
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(F, Sys->ORDWR, 8r644);
	sys->print("pwrite %d\n", sys->pwrite(fd, array of byte "hello world", 11, big 0));
	sys->print("offset after pwrite %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	sys->print("pwrite at 6 %d\n", sys->pwrite(fd, array of byte "WORLD", 5, big 6));
	buf := array[20] of byte;
	n := sys->read(fd, buf, 20);
	sys->print("read %d %s\n", n, string buf[0:n]);
	sys->print("pwrite far %d\n", sys->pwrite(fd, array of byte "!", 1, big 15));
	(nil, d) := sys->fstat(fd);
	sys->print("length %bd\n", d.length);
	n = sys->pread(fd, buf, 20, big 0);
	sys->print("pread %d:", n);
	for(i := 0; i < n; i++)
		sys->print(" %.2x", int buf[i]);
	sys->print("\n");
	{ n = sys->pwrite(fd, buf, 1, big -5); sys->print("pwrite -5: %d [%r]\n", n); } exception e { "*" => sys->print("pwrite -5 exc %s\n", e); }
	sys->print("pwrite n>len %d\n", sys->pwrite(fd, array of byte "ab", 5, big 0));
	sys->print("pwrite neg n %d\n", sys->pwrite(fd, array of byte "ab", -1, big 0));
	rfd := sys->open(F, Sys->OREAD);
	sys->print("pwrite on OREAD %d [%r]\n", sys->pwrite(rfd, array of byte "ab", 2, big 0));
	fd = rfd = nil;
	sys->print("remove %d\n", sys->remove(F));
}
