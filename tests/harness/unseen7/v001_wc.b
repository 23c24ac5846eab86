implement Wc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Wc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines:	int;
	words:	int;
	runes:	int;
	bytes:	int;
	add:	fn(c: self ref Counts, d: ref Counts);
	text:	fn(c: self ref Counts, name: string): string;
};

stderr: ref Sys->FD;

Counts.add(c: self ref Counts, d: ref Counts)
{
	c.lines += d.lines;
	c.words += d.words;
	c.runes += d.runes;
	c.bytes += d.bytes;
}

Counts.text(c: self ref Counts, name: string): string
{
	return sys->sprint("%7d %7d %7d %7d %s", c.lines, c.words, c.runes, c.bytes, name);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "wc: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	files := array[] of {
		("/tmp/v001_a.txt", "the quick brown fox\njumps over\n\nthe lazy dog\n"),
		("/tmp/v001_b.txt", "héllo wörld\ttabs\tand  spaces \n  lead\n"),
		("/tmp/v001_c.txt", "no newline at end"),
		("/tmp/v001_d.txt", ""),
	};
	for(i := 0; i < len files; i++){
		(name, body) := files[i];
		mkfile(name, body);
	}
	total := ref Counts(0, 0, 0, 0);
	for(i = 0; i < len files; i++){
		(name, nil) := files[i];
		c := count(name);
		if(c == nil)
			continue;
		sys->print("%s\n", c.text(name));
		total.add(c);
	}
	c := count("/tmp/v001_missing.txt");
	if(c == nil)
		sys->print("missing file skipped\n");
	sys->print("%s\n", total.text("total"));
	for(i = 0; i < len files; i++){
		(name, nil) := files[i];
		sys->remove(name);
	}
}

mkfile(name, body: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "wc: cannot create %s: %r\n", name);
		raise "fail:create";
	}
	b := array of byte body;
	sys->write(fd, b, len b);
}

count(name: string): ref Counts
{
	f := bufio->open(name, Bufio->OREAD);
	if(f == nil){
		sys->fprint(sys->fildes(1), "wc: cannot open %s\n", name);
		return nil;
	}
	c := ref Counts(0, 0, 0, 0);
	inword := 0;
	while((r := f.getc()) != Bufio->EOF){
		c.runes++;
		c.bytes += len array of byte sys->sprint("%c", r);
		case r {
		'\n' =>
			c.lines++;
			inword = 0;
		' ' or '\t' or '\r' =>
			inword = 0;
		* =>
			if(!inword)
				c.words++;
			inword = 1;
		}
	}
	f.close();
	return c;
}
