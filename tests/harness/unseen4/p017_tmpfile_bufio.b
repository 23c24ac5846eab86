implement TmpfileBufio;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

TmpfileBufio: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

FILE: con "/tmp/limbo_wc_test.txt";

text := array[] of {
	"The rain in Spain",
	"stays mainly",
	"",
	"in the plain. Ünïcödé  words too",
	"last line without newline",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio: %r\n");
		raise "fail:bufio";
	}
	fd := sys->create(FILE, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create failed\n");
		raise "fail:create";
	}
	total := 0;
	for(i := 0; i < len text; i++){
		s := text[i];
		if(i < len text - 1)
			s += "\n";
		b := array of byte s;
		n := sys->write(fd, b, len b);
		total += n;
	}
	fd = nil;
	sys->print("wrote %d bytes\n", total);

	(ok, dir) := sys->stat(FILE);
	sys->print("stat ok=%d length=%bd name=%s\n", ok, dir.length, dir.name);

	io := bufio->open(FILE, Bufio->OREAD);
	lines := 0;
	words := 0;
	chars := 0;
	longest := "";
	while((line := io.gets('\n')) != nil){
		lines++;
		chars += len line;
		(n, toks) := sys->tokenize(line, " \t\n");
		words += n;
		for(; toks != nil; toks = tl toks)
			if(len hd toks > len longest)
				longest = hd toks;
		if(line[len line - 1] == '\n')
			line = line[0:len line - 1];
		sys->print("%2d: '%s'\n", lines, line);
	}
	sys->print("lines %d words %d runes %d longest %s\n", lines, words, chars, longest);

	# random access with seek and raw read
	fd = sys->open(FILE, Sys->OREAD);
	sys->seek(fd, big 9, Sys->SEEKSTART);
	buf := array[5] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("at 9: %d bytes '%s'\n", n, string buf[0:n]);
	off := sys->seek(fd, big -4, Sys->SEEKEND);
	n = sys->read(fd, buf, len buf);
	sys->print("tail at %bd: '%s'\n", off, string buf[0:n]);
	n = sys->read(fd, buf, len buf);
	sys->print("eof read %d\n", n);
	if(sys->remove(FILE) < 0)
		sys->print("remove failed\n");
	(ok, nil) = sys->stat(FILE);
	sys->fprint(sys->fildes(2), "after remove stat=%d\n", ok);
}
