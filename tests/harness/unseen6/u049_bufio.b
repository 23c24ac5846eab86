implement WordCount;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

WordCount: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

F: con "/tmp/u049-text";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("no bufio: %r\n");
		return;
	}
	out := bufio->create(F, Bufio->OWRITE, 8r644);
	out.puts("the quick brown fox\n");
	out.puts("jumps over\tthe lazy dog\n");
	out.puts("\n");
	out.putc('é');
	out.puts("tude finale");
	out.putb(byte '\n');
	out.puts("no newline at end");
	out.close();

	in := bufio->open(F, Bufio->OREAD);
	lines := 0;
	words := 0;
	chars := 0;
	while((s := in.gets('\n')) != nil){
		lines++;
		chars += len s;
		(n, nil) := sys->tokenize(s, " \t\n");
		words += n;
		nl := "";
		if(s[len s - 1] == '\n')
			nl = "\\n";
		sys->print("line %d: %d runes, %d words, ends %s\n", lines, len s, n, nl);
	}
	sys->print("totals: %d lines %d words %d runes\n", lines, words, chars);
	in.seek(big 0, Bufio->SEEKSTART);
	c := in.getc();
	sys->print("first rune '%c', ", c);
	in.ungetc();
	c = in.getc();
	sys->print("again '%c'\n", c);
	t := in.gett(" \t");
	sys->print("gett up to separator: [%s]\n", t);
	in.seek(big -6, Bufio->SEEKEND);
	sys->print("offset now %bd\n", in.offset());
	rest := in.gets('\n');
	sys->print("tail [%s]\n", rest);
	sys->print("getc at eof = %d (EOF=%d)\n", in.getc(), Bufio->EOF);
	in.close();

	sb := bufio->sopen("a:b::c");
	fields := 0;
	while((f := sb.gett(":")) != nil){
		fields++;
		sys->print("field [%s]\n", f);
	}
	sys->print("%d fields from string buffer\n", fields);
	ab := bufio->aopen(array of byte "xyz");
	sys->print("aopen getb:");
	for(k := 0; k < 4; k++){
		g := ab.getb();
		sys->print(" %d", g);
	}
	sys->print("\n");
	sys->remove(F);
}
