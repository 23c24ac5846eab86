implement BufioLines;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioLines: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g01_bufio_lines.txt";

poem := array[] of {
	"The quick brown fox",
	"jumps over",
	"",
	"the lazy dog",
	"and then runs away into the forest",
	"end",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio: %r\n");
		return;
	}
	out := bufio->create(FILE, Bufio->OWRITE, 8r644);
	if(out == nil){
		sys->print("create failed: %r\n");
		return;
	}
	total := 0;
	for(i := 0; i < len poem; i++){
		n := out.puts(poem[i] + "\n");
		total += n;
	}
	out.flush();
	out.close();
	sys->print("wrote %d bytes in %d lines\n", total, len poem);

	in := bufio->open(FILE, Bufio->OREAD);
	if(in == nil){
		sys->print("open failed: %r\n");
		return;
	}
	lineno := 0;
	longest := "";
	chars := 0;
	for(;;){
		s := in.gets('\n');
		if(s == nil)
			break;
		lineno++;
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		chars += len s;
		if(len s > len longest)
			longest = s;
		sys->print("%2d: [%s] len=%d\n", lineno, s, len s);
	}
	in.close();
	sys->print("lines=%d chars=%d\n", lineno, chars);
	sys->print("longest=%q\n", longest);

	(ok, d) := sys->stat(FILE);
	if(ok == 0)
		sys->print("stat: name=%s length=%bd\n", d.name, d.length);
	if(sys->remove(FILE) < 0)
		sys->print("remove failed: %r\n");
	else
		sys->print("removed\n");
	(ok, nil) = sys->stat(FILE);
	sys->print("stat after remove: %d\n", ok);
}
