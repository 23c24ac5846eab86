implement Checksum;

include "sys.m";
	sys: Sys;
include "draw.m";

Checksum: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/i18_checksum_data.bin";

crctab: array of int;

mkcrctab()
{
	crctab = array[256] of int;
	for(i := 0; i < 256; i++){
		c := i;
		for(k := 0; k < 8; k++)
			if(c & 1)
				c = int ((big c & big 16rFFFFFFFF) >> 1) ^ int 16rEDB88320;
			else
				c = int ((big c & big 16rFFFFFFFF) >> 1);
		crctab[i] = c;
	}
}

# incremental crc: pass the previous value (0 to start)
crc32(crc: int, buf: array of byte, n: int): int
{
	crc = ~crc;
	for(i := 0; i < n; i++)
		crc = crctab[(crc ^ int buf[i]) & 16rFF] ^ int ((big crc & big 16rFFFFFFFF) >> 8);
	return ~crc;
}

adler32(a: int, buf: array of byte, n: int): int
{
	s1 := a & 16rFFFF;
	s2 := (a >> 16) & 16rFFFF;
	for(i := 0; i < n; i++){
		s1 = (s1 + int buf[i]) % 65521;
		s2 = (s2 + s1) % 65521;
	}
	return (s2 << 16) | s1;
}

fletcher16(buf: array of byte): int
{
	a := 0;
	b := 0;
	for(i := 0; i < len buf; i++){
		a = (a + int buf[i]) % 255;
		b = (b + a) % 255;
	}
	return (b << 8) | a;
}

# classic BSD sum: rotate right and add
bsdsum(buf: array of byte): int
{
	s := 0;
	for(i := 0; i < len buf; i++){
		s = (s >> 1) + ((s & 1) << 15);
		s = (s + int buf[i]) & 16rFFFF;
	}
	return s;
}

hex(v: int): string
{
	return sys->sprint("%.8ux", v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mkcrctab();
	sys->print("crc table[1]=%s [128]=%s [255]=%s\n", hex(crctab[1]), hex(crctab[128]), hex(crctab[255]));

	samples := array[] of {
		"", "a", "abc", "123456789", "message digest",
		"The quick brown fox jumps over the lazy dog",
		"Wikipedia",
	};
	sys->print("%-46s %8s %8s %4s %5s\n", "input", "crc32", "adler32", "f16", "bsd");
	for(i := 0; i < len samples; i++){
		b := array of byte samples[i];
		sys->print("%-46q %s %s %.4ux %5d\n", samples[i], hex(crc32(0, b, len b)),
			hex(adler32(1, b, len b)), fletcher16(b), bsdsum(b));
	}

	# generate 100000 bytes, write them, read back in odd-sized chunks
	data := array[100000] of byte;
	x := 7;
	for(i = 0; i < len data; i++){
		x = (x * 75 + 74) % 65537;
		data[i] = byte x;
	}
	fd := sys->create(FILE, Sys->ORDWR, 8r600);
	if(fd == nil){
		sys->print("create failed\n");
		return;
	}
	sys->write(fd, data, len data);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[4093] of byte;
	crc := 0;
	ad := 1;
	total := 0;
	chunks := 0;
	while((n := sys->read(fd, buf, len buf)) > 0){
		crc = crc32(crc, buf, n);
		ad = adler32(ad, buf, n);
		total += n;
		chunks++;
	}
	fd = nil;
	sys->remove(FILE);
	sys->print("\nfile: %d bytes in %d chunks\n", total, chunks);
	sys->print("streamed crc32 %s adler32 %s\n", hex(crc), hex(ad));
	sys->print("one-shot crc32 %s adler32 %s\n", hex(crc32(0, data, len data)), hex(adler32(1, data, len data)));

	# single bit error detection
	data[50000] ^= byte 16r04;
	sys->print("after flipping one bit: crc32 %s adler32 %s\n", hex(crc32(0, data, len data)), hex(adler32(1, data, len data)));
}
