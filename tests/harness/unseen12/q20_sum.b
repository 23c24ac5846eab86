#args: -a /tmp/q_sum.1 /tmp/q_sum.2 /tmp/q_sum.none /tmp/q_sum.3
implement Sum;

include "sys.m";
	sys: Sys;
include "draw.m";

Sum: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
crctab: array of int;

Digest: adt {
	crc:	int;	# CRC-32 (IEEE, reflected)
	a, b:	int;	# Adler-32 halves
	bsd:	int;	# BSD rotating 16-bit sum
	n:	big;

	new:	fn(): ref Digest;
	update:	fn(d: self ref Digest, buf: array of byte, n: int);
	crc32:	fn(d: self ref Digest): int;
	adler:	fn(d: self ref Digest): int;
};

mktab()
{
	crctab = array[256] of int;
	for(i := 0; i < 256; i++){
		c := i;
		for(k := 0; k < 8; k++){
			if(c & 1)
				c = int 16rEDB88320 ^ ((c >> 1) & 16r7FFFFFFF);
			else
				c = (c >> 1) & 16r7FFFFFFF;
		}
		crctab[i] = c;
	}
}

Digest.new(): ref Digest
{
	return ref Digest(~0, 1, 0, 0, big 0);
}

Digest.update(d: self ref Digest, buf: array of byte, n: int)
{
	crc := d.crc;
	for(i := 0; i < n; i++){
		c := int buf[i];
		crc = crctab[(crc ^ c) & 16rFF] ^ ((crc >> 8) & 16rFFFFFF);
		d.a = (d.a + c) % 65521;
		d.b = (d.b + d.a) % 65521;
		d.bsd = ((d.bsd >> 1) | ((d.bsd & 1) << 15)) + c;
		d.bsd &= 16rFFFF;
	}
	d.crc = crc;
	d.n += big n;
}

Digest.crc32(d: self ref Digest): int
{
	return ~d.crc;
}

Digest.adler(d: self ref Digest): int
{
	return (d.b << 16) | d.a;
}

mkfile(name: string, content: array of byte)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	sys->write(fd, content, len content);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	mktab();

	mkfile("/tmp/q_sum.1", array of byte "The quick brown fox jumps over the lazy dog");
	mkfile("/tmp/q_sum.2", array[0] of byte);
	big3 := array[10000] of byte;
	for(i := 0; i < len big3; i++)
		big3[i] = byte (i * 7 + i / 256);
	mkfile("/tmp/q_sum.3", big3);

	all := 0;
	argv = tl argv;
	if(argv != nil && hd argv == "-a"){
		all = 1;
		argv = tl argv;
	}
	status := "";
	buf := array[1000] of byte;	# odd size so reads don't align with 10000
	for(; argv != nil; argv = tl argv){
		fd := sys->open(hd argv, Sys->OREAD);
		if(fd == nil){
			sys->fprint(stderr, "sum: %s: %r\n", hd argv);
			status = "fail:errors";
			continue;
		}
		d := Digest.new();
		while((n := sys->read(fd, buf, len buf)) > 0)
			d.update(buf, n);
		sys->print("%.8ux %bd %s\n", d.crc32(), d.n, hd argv);
		if(all)
			sys->print("\tadler32 %.8ux  bsd %.5d/%bd\n", d.adler(), d.bsd, (d.n + big 1023) / big 1024);
	}
	# well-known check value
	d := Digest.new();
	chk := array of byte "123456789";
	d.update(chk, len chk);
	sys->print("check \"123456789\": crc32 %.8ux (want cbf43926) adler %.8ux (want 091e01de)\n",
		d.crc32(), d.adler());
	if(status != nil)
		sys->fprint(stderr, "sum: exit status %q\n", status);
}
