implement Crc;

include "sys.m";
	sys: Sys;
include "draw.m";

Crc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

table: array of int;

mktable()
{
	table = array[256] of int;
	for(n := 0; n < 256; n++){
		c := n;
		for(k := 0; k < 8; k++){
			if(c & 1)
				c = int 16rEDB88320 ^ ((c >> 1) & 16r7FFFFFFF);
			else
				c = (c >> 1) & 16r7FFFFFFF;
		}
		table[n] = c;
	}
}

crc32(crc: int, b: array of byte): int
{
	crc = ~crc;
	for(i := 0; i < len b; i++)
		crc = table[(crc ^ int b[i]) & 16rFF] ^ ((crc >> 8) & 16rFFFFFF);
	return ~crc;
}

FILE: con "/tmp/v041_crc.dat";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mktable();
	sys->print("table[1]=%.8ux table[255]=%.8ux\n", table[1], table[255]);
	tests := array[] of {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog"};
	for(i := 0; i < len tests; i++)
		sys->print("%.8ux %q\n", crc32(0, array of byte tests[i]), tests[i]);
	# incremental over a file read in chunks must equal one-shot
	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "crc: %s: %r\n", FILE);
		raise "fail:create";
	}
	data := array[1000] of byte;
	for(i = 0; i < len data; i++)
		data[i] = byte (i * 7 + i / 13);
	sys->write(fd, data, len data);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[97] of byte;
	crc := 0;
	nread := 0;
	while((n := sys->read(fd, buf, len buf)) > 0){
		crc = crc32(crc, buf[0:n]);
		nread++;
	}
	whole := crc32(0, data);
	sys->print("chunks %d incremental %.8ux whole %.8ux equal %d\n", nread, crc, whole, crc == whole);
	fd = nil;
	sys->remove(FILE);
}
