implement SeekRW;

include "sys.m";
	sys: Sys;
include "draw.m";

SeekRW: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g18_seek_rw.dat";

dump(fd: ref Sys->FD)
{
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("content(%d): ", n);
	for(i := 0; i < n; i++){
		c := int buf[i];
		if(c == 0)
			sys->print(".");
		else
			sys->print("%c", c);
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->print("create: %r\n");
		return;
	}
	b := array of byte "0123456789";
	n := sys->write(fd, b, len b);
	sys->print("write %d, offset now %bd\n", n, sys->seek(fd, big 0, Sys->SEEKRELA));
	dump(fd);

	off := sys->seek(fd, big 3, Sys->SEEKSTART);
	sys->write(fd, array of byte "abc", 3);
	sys->print("wrote abc at %bd\n", off);
	dump(fd);

	off = sys->seek(fd, big -2, Sys->SEEKEND);
	sys->write(fd, array of byte "XYZ", 3);
	sys->print("wrote XYZ at end-2=%bd\n", off);
	dump(fd);

	# seek beyond the end leaves a hole of zero bytes
	off = sys->seek(fd, big 15, Sys->SEEKSTART);
	sys->write(fd, array of byte "!", 1);
	sys->print("wrote ! at %bd\n", off);
	dump(fd);

	# relative seeks and short reads
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[4] of byte;
	for(k := 0; ; k++){
		m := sys->read(fd, buf, len buf);
		if(m <= 0){
			sys->print("read %d at chunk %d\n", m, k);
			break;
		}
		pos := sys->seek(fd, big 0, Sys->SEEKRELA);
		sys->print("chunk %d: %d bytes, pos %bd\n", k, m, pos);
		sys->seek(fd, big 1, Sys->SEEKRELA);	# skip one byte
	}

	# readn on a fresh descriptor
	fd2 := sys->open(FILE, Sys->OREAD);
	all := array[100] of byte;
	got := sys->readn(fd2, all, len all);
	sys->print("readn got %d\n", got);
	(nil, d) := sys->fstat(fd2);
	sys->print("fstat length %bd\n", d.length);

	# writing to a read-only descriptor fails
	if(sys->write(fd2, array of byte "no", 2) < 0)
		sys->print("write on OREAD fd failed as expected\n");
	# negative seek fails
	r := sys->seek(fd2, big -100, Sys->SEEKSTART);
	sys->print("negative seek -> %bd\n", r);
	fd = nil;
	fd2 = nil;
	sys->remove(FILE);
}
