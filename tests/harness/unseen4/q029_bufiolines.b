implement BufioLines;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioLines: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio: %r\n");
		return;
	}
	name := "/tmp/q029.txt";
	fd := sys->create(name, Sys->OWRITE, 8r644);
	sys->fprint(fd, "name\tscore\n");
	sys->fprint(fd, "ann\t91\n");
	sys->fprint(fd, "bob\t78\n\n");
	sys->fprint(fd, "cy\t85\n");
	sys->fprint(fd, "dee\t100");	# no final newline
	fd = nil;
	b := bufio->open(name, Bufio->OREAD);
	if(b == nil){
		sys->print("open: %r\n");
		return;
	}
	lineno := 0;
	sum := 0;
	n := 0;
	while((s := b.gets('\n')) != nil){
		lineno++;
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		else
			sys->print("(line %d has no newline)\n", lineno);
		if(lineno == 1 || s == "")
			continue;
		(nf, f) := sys->tokenize(s, "\t");
		if(nf != 2)
			continue;
		v := int hd tl f;
		sys->print("%-4s %3d %s\n", hd f, v, "**********"[0:v/10]);
		sum += v;
		n++;
	}
	sys->print("lines=%d records=%d mean=%.2f\n", lineno, n, real sum / real n);
	b.close();
	sys->remove(name);
}
