implement Crc;

include "sys.m";
	sys: Sys;
include "draw.m";

Crc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

table: array of int;

mktable()
{
	table = array[256] of int;
	for(n := 0; n < 256; n++){
		c := n;
		for(k := 0; k < 8; k++)
			if(c & 1)
				c = int 16redb88320 ^ ((c >> 1) & 16r7fffffff);
			else
				c = (c >> 1) & 16r7fffffff;
		table[n] = c;
	}
}

crc32(crc: int, b: array of byte): int
{
	c := ~crc;
	for(i := 0; i < len b; i++)
		c = table[(c ^ int b[i]) & 16rff] ^ ((c >> 8) & 16rffffff);
	return ~c;
}

adler32(b: array of byte): int
{
	a := 1;
	s := 0;
	for(i := 0; i < len b; i++){
		a = (a + int b[i]) % 65521;
		s = (s + a) % 65521;
	}
	return (s << 16) | a;
}

FILE: con "/tmp/t030crc.dat";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mktable();
	sys->print("table[1]=%.8ux table[255]=%.8ux\n", table[1], table[255]);
	strs := array[] of {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Ελληνικά"};
	for(i := 0; i < len strs; i++){
		b := array of byte strs[i];
		sys->print("%-45q crc=%.8ux adler=%.8ux\n", strs[i], crc32(0, b), adler32(b));
	}
	# write a file in chunks, computing CRC incrementally, then verify by rereading
	fd := sys->create(FILE, Sys->ORDWR, 8r600);
	if(fd == nil){
		sys->print("cannot create: %r\n");
		return;
	}
	crc := 0;
	total := 0;
	for(blk := 0; blk < 10; blk++){
		buf := array[100 + blk*37] of byte;
		for(j := 0; j < len buf; j++)
			buf[j] = byte ((blk * 31 + j * 7) ^ (j >> 3));
		crc = crc32(crc, buf);
		total += sys->write(fd, buf, len buf);
	}
	sys->print("wrote %d bytes, running crc %.8ux\n", total, crc);
	off := sys->seek(fd, big 0, Sys->SEEKSTART);
	rcrc := 0;
	nread := 0;
	chunk := array[256] of byte;
	while((n := sys->read(fd, chunk, len chunk)) > 0){
		rcrc = crc32(rcrc, chunk[0:n]);
		nread += n;
	}
	sys->print("seek->%bd read %d bytes, crc %.8ux match=%d\n", off, nread, rcrc, rcrc == crc);
	# corrupt one byte and detect it
	sys->seek(fd, big 500, Sys->SEEKSTART);
	sys->write(fd, array[] of {byte 16rff}, 1);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	rcrc = 0;
	while((n = sys->read(fd, chunk, len chunk)) > 0)
		rcrc = crc32(rcrc, chunk[0:n]);
	sys->print("after corruption crc %.8ux match=%d\n", rcrc, rcrc == crc);
	(ok, d) := sys->fstat(fd);
	sys->print("stat ok=%d length=%bd mode=%uo\n", ok, d.length, d.mode & 8r777);
	fd = nil;
	sys->print("remove: %d\n", sys->remove(FILE));
}
