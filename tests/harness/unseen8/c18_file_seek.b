implement FileSeek;

include "sys.m";
	sys: Sys;
include "draw.m";

FileSeek: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/c18_seek_records.dat";
RECLEN: con 8;

# fixed-length records: "NNN:xxxx"
record(i: int, tag: string): array of byte
{
	s := sys->sprint("%03d:%-4s", i, tag);
	return array of byte s[0:RECLEN];
}

readrec(fd: ref Sys->FD, i: int): string
{
	sys->seek(fd, big (i * RECLEN), Sys->SEEKSTART);
	buf := array[RECLEN] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "<eof>";
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil) {
		sys->print("create failed: %r\n");
		return;
	}
	tags := array[] of {"ant", "bee", "cat", "dog", "eel", "fox"};
	for(i := 0; i < len tags; i++)
		sys->write(fd, record(i, tags[i]), RECLEN);

	off := sys->seek(fd, big 0, Sys->SEEKRELA);
	sys->print("after writing, offset %bd\n", off);
	end := sys->seek(fd, big 0, Sys->SEEKEND);
	sys->print("file size %bd\n", end);

	# random access reads
	order := array[] of {5, 0, 3, 9, 1};
	for(i = 0; i < len order; i++)
		sys->print("record %d: [%s]\n", order[i], readrec(fd, order[i]));

	# overwrite record 2 in place
	sys->seek(fd, big (2 * RECLEN), Sys->SEEKSTART);
	sys->write(fd, record(2, "GNU"), RECLEN);
	sys->print("record 2 now: [%s]\n", readrec(fd, 2));

	# relative seek backwards from the end
	p := sys->seek(fd, big -RECLEN, Sys->SEEKEND);
	buf := array[RECLEN] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("last record at %bd: [%s]\n", p, string buf[0:n]);
	n = sys->read(fd, buf, len buf);
	sys->print("read at eof returns %d\n", n);

	# write beyond the end extends the file
	sys->seek(fd, big (8 * RECLEN), Sys->SEEKSTART);
	sys->write(fd, record(8, "yak"), RECLEN);
	sys->print("size after sparse write %bd\n", sys->seek(fd, big 0, Sys->SEEKEND));
	r6 := array of byte readrec(fd, 6);
	zeros := 0;
	for(i = 0; i < len r6; i++)
		if(r6[i] == byte 0)
			zeros++;
	sys->print("gap record has %d zero bytes\n", zeros);
	sys->print("record 8: [%s]\n", readrec(fd, 8));

	# reopen read-only and read the whole thing in small chunks
	fd = nil;
	fd = sys->open(FILE, Sys->OREAD);
	total := 0;
	chunks := 0;
	small := array[5] of byte;
	while((n = sys->read(fd, small, len small)) > 0) {
		total += n;
		chunks++;
	}
	sys->print("reread %d bytes in %d chunks\n", total, chunks);
	if(sys->write(fd, small, 1) < 0)
		sys->print("write to read-only fd fails\n");
	fd = nil;
	if(sys->remove(FILE) == 0)
		sys->print("removed\n");
}
