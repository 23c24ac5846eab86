implement SeekModes;

include "sys.m";
	sys: Sys;
include "draw.m";

SeekModes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_02seek.dat";
	fd := sys->create(path, Sys->ORDWR, 8r600);
	if(fd == nil)
		raise "fail:create";
	alpha := array of byte "abcdefghijklmnopqrstuvwxyz0123456789";
	sys->write(fd, alpha, len alpha);

	off := sys->seek(fd, big 0, Sys->SEEKRELA);
	sys->print("after write: offset %bd\n", off);

	buf := array[8] of byte;
	tests := array[] of {
		(big 0, Sys->SEEKSTART),
		(big 10, Sys->SEEKSTART),
		(big 3, Sys->SEEKRELA),
		(big -5, Sys->SEEKRELA),
		(big -4, Sys->SEEKEND),
		(big 0, Sys->SEEKEND),
		(big 100, Sys->SEEKSTART),
	};
	names := array[] of {"START", "RELA", "END"};
	for(i := 0; i < len tests; i++){
		(o, how) := tests[i];
		p := sys->seek(fd, o, how);
		n := sys->read(fd, buf, 4);
		s := "";
		if(n > 0)
			s = string buf[0:n];
		sys->print("seek(%bd, %s) = %bd; read %d %q\n", o, names[how], p, n, s);
	}

	# overwrite the middle, then dump
	sys->seek(fd, big 26, Sys->SEEKSTART);
	sys->write(fd, array of byte "##", 2);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	all := array[64] of byte;
	n := sys->read(fd, all, len all);
	sys->print("content(%d): %s\n", n, string all[0:n]);

	# writing past end leaves a hole of zeros
	sys->seek(fd, big 40, Sys->SEEKSTART);
	sys->write(fd, array of byte "Z", 1);
	(ok, d) := sys->fstat(fd);
	if(ok == 0)
		sys->print("length now %bd\n", d.length);
	sys->seek(fd, big 34, Sys->SEEKSTART);
	n = sys->read(fd, all, len all);
	for(i = 0; i < n; i++)
		sys->print(" %02x", int all[i]);
	sys->print("\n");
	fd = nil;
	sys->remove(path);
}
