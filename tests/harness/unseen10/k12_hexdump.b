implement Khexdump;

include "sys.m";
	sys: Sys;
include "draw.m";

Khexdump: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k12_hexdump";
FILE: con DIR + "/blob.bin";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	# build a binary image: magic, little-endian ints, a run of zeros, a byte ramp
	data := array[150] of {* => byte 0};
	magic := array of byte "KBIN\u00e9";
	data[0:] = magic;
	putle(data, 8, 16r12345678);
	putle(data, 12, -2);
	putle(data, 16, 1000000);
	for(i := 0; i < 40; i++)
		data[100+i] = byte (i * 7 + 250);
	data[149] = byte '\n';

	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(sys->write(fd, data, len data) != len data)
		sys->print("short write: %r\n");
	(nil, d) := sys->fstat(fd);
	sys->print("%s: %bd bytes\n", d.name, d.length);
	fd = nil;

	hexdump(FILE, 0, 16);
	sys->print("--- 8 per line, from offset 97\n");
	hexdump(FILE, 97, 8);

	# read the integers back with pread
	fd = sys->open(FILE, Sys->OREAD);
	for(off := 8; off <= 16; off += 4){
		b := array[4] of byte;
		sys->pread(fd, b, 4, big off);
		sys->print("int at %d = %d (0x%ux)\n", off, getle(b), getle(b));
	}
	sys->remove(FILE);
	sys->remove(DIR);
}

putle(a: array of byte, off, v: int)
{
	for(i := 0; i < 4; i++)
		a[off+i] = byte (v >> (8*i));
}

getle(a: array of byte): int
{
	return int a[0] | (int a[1] << 8) | (int a[2] << 16) | (int a[3] << 24);
}

hexdump(name: string, start, width: int)
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil){
		sys->print("hexdump: %r\n");
		return;
	}
	sys->seek(fd, big start, Sys->SEEKSTART);
	buf := array[width] of byte;
	prev: array of byte;
	starred := 0;
	off := start;
	for(;;){
		n := sys->readn(fd, buf, width);
		if(n <= 0)
			break;
		if(prev != nil && n == width && same(prev, buf)){
			if(!starred)
				sys->print("*\n");
			starred = 1;
			off += n;
			continue;
		}
		starred = 0;
		line := sys->sprint("%08ux ", off);
		for(i := 0; i < width; i++){
			if(i == width/2)
				line += " ";
			if(i < n)
				line += sys->sprint(" %02ux", int buf[i]);
			else
				line += "   ";
		}
		line += "  |";
		for(i = 0; i < n; i++){
			c := int buf[i];
			if(c >= 16r20 && c < 16r7f)
				line[len line] = c;
			else
				line[len line] = '.';
		}
		sys->print("%s|\n", line);
		prev = array[n] of byte;
		prev[0:] = buf[0:n];
		off += n;
	}
	sys->print("%08ux\n", off);
}

same(a, b: array of byte): int
{
	if(len a != len b)
		return 0;
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}
