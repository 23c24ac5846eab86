implement Hexdump;

include "sys.m";
	sys: Sys;
include "draw.m";

Hexdump: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

WIDTH: con 16;

dump(fd: ref Sys->FD, width: int): (int, int)
{
	buf := array[width] of byte;
	off := 0;
	sum := 0;
	prev := "";
	starred := 0;
	for(;;){
		n := sys->readn(fd, buf, width);
		if(n <= 0)
			break;
		hex := "";
		asc := "";
		for(i := 0; i < width; i++){
			if(i == width/2)
				hex += " ";
			if(i < n){
				b := int buf[i];
				sum = (sum + b) & 16rFFFF;
				hex += sys->sprint(" %.2ux", b);
				if(b >= 16r20 && b < 16r7F)
					asc[len asc] = b;
				else
					asc += ".";
			}else
				hex += "   ";
		}
		line := hex + "  |" + asc + "|";
		if(line == prev && n == width){
			if(!starred)
				sys->print("*\n");
			starred = 1;
		}else{
			sys->print("%.8ux%s\n", off, line);
			starred = 0;
		}
		prev = line;
		off += n;
	}
	sys->print("%.8ux\n", off);
	return (off, sum);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	name := "/tmp/r034.bin";
	fd := sys->create(name, Sys->OWRITE, 8r644);
	hdr := array of byte "DIS\u0000hdr: Ωmega\n\t";
	sys->write(fd, hdr, len hdr);
	zeros := array[40] of {* => byte 0};
	sys->write(fd, zeros, len zeros);
	ramp := array[37] of byte;
	for(i := 0; i < len ramp; i++)
		ramp[i] = byte (i*7 + 250);
	sys->write(fd, ramp, len ramp);
	sys->fprint(fd, "tail%d", 2024);
	fd = nil;
	(ok, d) := sys->stat(name);
	if(ok < 0){
		sys->print("stat failed\n");
		return;
	}
	sys->print("%s: %bd bytes\n", d.name, d.length);
	fd = sys->open(name, Sys->OREAD);
	(total, sum) := dump(fd, WIDTH);
	sys->print("total %d checksum %.4ux\n", total, sum);
	sys->seek(fd, big 60, Sys->SEEKSTART);
	(total, sum) = dump(fd, 10);
	sys->print("from 60: total %d checksum %.4ux\n", total, sum);
}
