implement RecordFile;

include "sys.m";
	sys: Sys;
include "draw.m";

RecordFile: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

FILE: con "/tmp/o_04_records.dat";
RECSZ: con 24;		# 16 bytes name, 8 bytes decimal count

stderr: ref Sys->FD;

pack(name: string, count: int): array of byte
{
	r := array[RECSZ] of { * => byte ' ' };
	nb := array of byte name;
	if(len nb > 16)
		nb = nb[0:16];
	r[0:] = nb;
	cb := array of byte sys->sprint("%8d", count);
	r[16:] = cb;
	return r;
}

unpack(r: array of byte): (string, int)
{
	# a hole in the file reads back as zero bytes
	z := 0;
	while(z < 16 && r[z] != byte 0)
		z++;
	name := string r[0:z];
	# trim trailing blanks
	e := len name;
	while(e > 0 && name[e-1] == ' ')
		e--;
	if(z < 16)
		return (name[0:e], 0);
	(nil, l) := sys->tokenize(string r[16:RECSZ], " ");
	n := 0;
	if(l != nil)
		n = int hd l;
	return (name[0:e], n);
}

putrec(fd: ref Sys->FD, i: int, name: string, count: int)
{
	sys->seek(fd, big (i*RECSZ), Sys->SEEKSTART);
	if(sys->write(fd, pack(name, count), RECSZ) != RECSZ)
		sys->fprint(stderr, "write rec %d: %r\n", i);
}

getrec(fd: ref Sys->FD, i: int): (string, int)
{
	buf := array[RECSZ] of byte;
	if(sys->pread(fd, buf, RECSZ, big (i*RECSZ)) != RECSZ)
		return ("?", -1);
	return unpack(buf);
}

dump(fd: ref Sys->FD, title: string)
{
	(ok, d) := sys->fstat(fd);
	if(ok < 0){
		sys->fprint(stderr, "fstat: %r\n");
		return;
	}
	nrec := int d.length / RECSZ;
	sys->print("-- %s: %bd bytes, %d records\n", title, d.length, nrec);
	for(i := 0; i < nrec; i++){
		(name, n) := getrec(fd, i);
		if(name == nil)
			name = "(hole)";
		sys->print("  %2d %-16s %5d\n", i, name, n);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "create %s: %r\n", FILE);
		raise "fail:create";
	}
	fruit := array[] of {"apple", "banana", "cherry", "damson", "elderberry-extra-long"};
	for(i := 0; i < len fruit; i++)
		putrec(fd, i, fruit[i], (i+1)*10);
	dump(fd, "initial");

	# bump every other record in place
	for(i = 0; i < len fruit; i += 2){
		(name, n) := getrec(fd, i);
		putrec(fd, i, name, n*3+1);
	}
	# append one past the end, leaving a gap that reads back as zeros
	putrec(fd, 6, "fig", 7);
	dump(fd, "updated");

	# append via SEEKEND
	off := sys->seek(fd, big 0, Sys->SEEKEND);
	sys->write(fd, pack("grape", 99), RECSZ);
	sys->print("grape written at offset %bd\n", off);

	# read the whole thing back in one gulp and total the counts
	fd = nil;
	fd = sys->open(FILE, Sys->OREAD);
	all := array[1024] of byte;
	n := sys->readn(fd, all, len all);
	total := 0;
	for(o := 0; o+RECSZ <= n; o += RECSZ){
		(nm, c) := unpack(all[o:o+RECSZ]);
		if(nm == nil && c == 0){
			sys->print("record %d is empty (%d)\n", o/RECSZ, int all[o]);
			continue;
		}
		total += c;
	}
	sys->print("read %d bytes, total count %d\n", n, total);
	fd = nil;
	if(sys->remove(FILE) < 0)
		sys->fprint(stderr, "remove: %r\n");
	(ok, nil) := sys->stat(FILE);
	sys->print("after remove stat -> %d\n", ok);
}
