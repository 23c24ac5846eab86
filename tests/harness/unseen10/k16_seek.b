implement Kseek;

include "sys.m";
	sys: Sys;
include "draw.m";

Kseek: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k16_seek";
RECLEN: con 12;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	fd := sys->create(DIR+"/records", Sys->ORDWR, 8r644);
	names := array[] of {"mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"};
	for(i := 0; i < len names; i++){
		rec := sys->sprint("%d:%-9s\n", i, names[i]);
		sys->write(fd, array of byte rec, RECLEN);
	}
	sys->print("end offset after writing: %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));

	# random access by record number
	for(r := 7; r >= 0; r -= 3)
		sys->print("record %d: %s\n", r, getrec(fd, r));

	# relative moves: skip forward and back
	sys->seek(fd, big 0, Sys->SEEKSTART);
	getnext(fd);
	sys->print("after one read at %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	sys->print("skip 2 records -> %bd\n", sys->seek(fd, big (2*RECLEN), Sys->SEEKRELA));
	sys->print("next: %s\n", getnext(fd));
	sys->print("back 2 records -> %bd\n", sys->seek(fd, big (-2*RECLEN), Sys->SEEKRELA));
	sys->print("next: %s\n", getnext(fd));

	# from the end
	sys->print("SEEKEND -1 record -> %bd\n", sys->seek(fd, big -RECLEN, Sys->SEEKEND));
	sys->print("last: %s\n", getnext(fd));
	sys->print("SEEKEND 0 -> %bd, read gives %d\n", sys->seek(fd, big 0, Sys->SEEKEND), sys->read(fd, array[4] of byte, 4));

	# overwrite record 2 in place
	sys->seek(fd, big (2*RECLEN), Sys->SEEKSTART);
	sys->write(fd, array of byte "2:TERRA    \n", RECLEN);
	sys->print("record 2 now: %s\n", getrec(fd, 2));

	# write past the end leaves a hole of zero bytes
	sys->seek(fd, big (10*RECLEN), Sys->SEEKSTART);
	sys->write(fd, array of byte "10:pluto   \n", RECLEN);
	(nil, d) := sys->fstat(fd);
	sys->print("length after sparse write: %bd (%bd records)\n", d.length, d.length / big RECLEN);
	hole := getrec(fd, 8);
	zeros := 0;
	for(i = 0; i < len hole; i++)
		if(hole[i] == 0)
			zeros++;
	sys->print("record 8 has %d zero bytes\n", zeros);
	sys->print("record 10: %s\n", getrec(fd, 10));

	# a negative absolute offset is refused
	r2 := sys->seek(fd, big -5, Sys->SEEKSTART);
	if(r2 < big 0)
		sys->print("seek -5: %r\n");
	else
		sys->print("seek -5 returned %bd\n", r2);
	fd = nil;
	sys->remove(DIR+"/records");
	sys->remove(DIR);
}

trim(s: string): string
{
	e := len s;
	while(e > 0 && (s[e-1] == ' ' || s[e-1] == '\n'))
		e--;
	return s[0:e];
}

getnext(fd: ref Sys->FD): string
{
	buf := array[RECLEN] of byte;
	n := sys->read(fd, buf, RECLEN);
	if(n <= 0)
		return "<eof>";
	return trim(string buf[0:n]);
}

getrec(fd: ref Sys->FD, n: int): string
{
	sys->seek(fd, big (n*RECLEN), Sys->SEEKSTART);
	return getnext(fd);
}
