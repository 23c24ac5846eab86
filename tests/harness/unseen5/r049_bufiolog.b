implement Bufiolog;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Bufiolog: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

LOG: con "/tmp/r049.access";

Hit: adt {
	path:	string;
	count:	int;
	bytes:	int;
};

hits: list of ref Hit;

record(path: string, nbytes: int)
{
	for(l := hits; l != nil; l = tl l)
		if((hd l).path == path){
			(hd l).count++;
			(hd l).bytes += nbytes;
			return;
		}
	hits = ref Hit(path, 1, nbytes) :: hits;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio: %r\n");
		return;
	}
	# write the log through a buffered writer
	out := bufio->create(LOG, Bufio->OWRITE, 8r644);
	paths := array[] of {"/index.html", "/img/logo.png", "/index.html", "/about", "/missing", "/index.html", "/about"};
	codes := array[] of {200, 200, 304, 200, 404, 200, 200};
	for(i := 0; i < len paths; i++){
		out.puts(sys->sprint("10.0.0.%d GET %s %d %d\n", i % 3 + 1, paths[i], codes[i], (i+1) * 512));
	}
	out.putc('#');
	out.puts(" trailer with ünïcode\n");
	out.putb(byte 'Z');
	out.flush();
	out.close();

	in := bufio->open(LOG, Bufio->OREAD);
	nlines := 0;
	while((line := in.gets('\n')) != nil){
		nlines++;
		if(line[len line - 1] == '\n')
			line = line[0:len line - 1];
		if(line[0] == '#'){
			sys->print("comment: %s\n", line);
			continue;
		}
		(n, f) := sys->tokenize(line, " ");
		if(n != 5){
			sys->print("short line %d: %q\n", nlines, line);
			continue;
		}
		f = tl tl f;
		path := hd f;
		code := int hd tl f;
		size := int hd tl tl f;
		if(code == 200)
			record(path, size);
		else
			sys->print("line %d: %s -> %d\n", nlines, path, code);
	}
	sys->print("%d lines read, offset now %bd\n", nlines, in.offset());
	for(l := hits; l != nil; l = tl l)
		sys->print("%-16s %2d hits %6d bytes\n", (hd l).path, (hd l).count, (hd l).bytes);
	# character-level reading and unget
	in.seek(big 0, Bufio->SEEKSTART);
	word := "";
	while((c := in.getc()) != Bufio->EOF && c != ' ')
		word[len word] = c;
	in.ungetc();
	sys->print("first word %s, next char %d\n", word, in.getc());
	# read a token from an in-memory buffer
	s := bufio->sopen("alpha,beta;gamma");
	t1 := s.gett(",;");
	t2 := s.gett(",;");
	t3 := s.gett(",;");
	sys->print("tokens: %s | %s | %s\n", t1, t2, t3);
}
