implement BufioGetc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioGetc: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g02_bufio_getc.dat";

classify(c: int): string
{
	if(c >= '0' && c <= '9')
		return "digit";
	if(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
		return "letter";
	if(c == ' ' || c == '\t' || c == '\n')
		return "space";
	if(c >= 16r80)
		return "unicode";
	return "punct";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	fd := sys->create(FILE, Sys->OWRITE, 8r600);
	if(fd == nil){
		sys->print("create: %r\n");
		return;
	}
	text := "héllo wörld 42!\nπ≈3.14\tΩ;\n";
	b := array of byte text;
	n := sys->write(fd, b, len b);
	sys->print("runes=%d bytes=%d written=%d\n", len text, len b, n);
	fd = nil;

	io := bufio->open(FILE, Bufio->OREAD);
	counts := array[5] of {* => 0};
	names := array[] of {"digit", "letter", "space", "unicode", "punct"};
	nr := 0;
	while((c := io.getc()) != Bufio->EOF){
		nr++;
		k := classify(c);
		for(i := 0; i < len names; i++)
			if(names[i] == k)
				counts[i]++;
		if(c >= 16r80)
			sys->print("rune %d: U+%.4X %c\n", nr, c, c);
	}
	sys->print("total runes read: %d\n", nr);
	for(i := 0; i < len names; i++)
		sys->print("%-8s %d\n", names[i], counts[i]);

	# ungetc: peek ahead
	io.seek(big 0, Bufio->SEEKSTART);
	c1 := io.getc();
	c2 := io.getc();
	io.ungetc();
	c3 := io.getc();
	sys->print("c1=%c c2=%c again=%c same=%d\n", c1, c2, c3, c2 == c3);

	# getb reads raw bytes of the multi-byte rune
	io.seek(big 1, Bufio->SEEKSTART);
	b1 := io.getb();
	b2 := io.getb();
	sys->print("bytes of é: %.2x %.2x offset=%bd\n", b1, b2, io.offset());
	io.close();
	sys->remove(FILE);
	sys->print("done\n");
}
