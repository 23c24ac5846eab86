#args: -lwm -c r_wc1.txt r_wc2.txt r_wcnone.txt r_wc3.txt
implement Wc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";
	arg: Arg;

Wc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines, words, runes, bytes, longest:	int;

	add:	fn(c: self ref Counts, d: ref Counts);
};

Counts.add(c: self ref Counts, d: ref Counts)
{
	c.lines += d.lines;
	c.words += d.words;
	c.runes += d.runes;
	c.bytes += d.bytes;
	if(d.longest > c.longest)
		c.longest = d.longest;
}

FILES := array[] of {
	("r_wc1.txt", "one two three\nfour five\n\nsix\n"),
	("r_wc2.txt", "naïve café résumé\nΑλφα βήτα γάμμα\t δέλτα\n日本語 テキスト\n"),
	("r_wc3.txt", "  leading and trailing spaces   \nno newline at end"),
};

isspace(c: int): int
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

count(b: ref Iobuf): ref Counts
{
	c := ref Counts(0, 0, 0, 0, 0);
	inword := 0;
	linelen := 0;
	while((r := b.getc()) != Bufio->EOF){
		c.runes++;
		if(r == '\n'){
			c.lines++;
			if(linelen > c.longest)
				c.longest = linelen;
			linelen = 0;
		}else
			linelen++;
		if(isspace(r))
			inword = 0;
		else if(!inword){
			inword = 1;
			c.words++;
		}
	}
	if(linelen > c.longest)
		c.longest = linelen;
	# bytes: go back to the start and count again, a byte at a time
	b.seek(big 0, Bufio->SEEKSTART);
	while(b.getb() != Bufio->EOF)
		c.bytes++;
	return c;
}

flags := "";

report(c: ref Counts, name: string)
{
	s := "";
	for(i := 0; i < len flags; i++)
		case flags[i] {
		'l' =>	s += sys->sprint("%7d", c.lines);
		'w' =>	s += sys->sprint("%7d", c.words);
		'm' =>	s += sys->sprint("%7d", c.runes);
		'c' =>	s += sys->sprint("%7d", c.bytes);
		'L' =>	s += sys->sprint("%7d", c.longest);
		}
	sys->print("%s %s\n", s, name);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	arg = load Arg Arg->PATH;

	for(i := 0; i < len FILES; i++){
		(name, text) := FILES[i];
		fd := sys->create("/tmp/" + name, Sys->OWRITE, 8r644);
		sys->fprint(fd, "%s", text);
	}

	arg->init(argv);
	arg->setusage("wc [-lwmcL] file ...");
	while((o := arg->opt()) != 0)
		case o {
		'l' or 'w' or 'm' or 'c' or 'L' =>
			flags[len flags] = o;
		* =>
			arg->usage();
		}
	if(flags == nil)
		flags = "lwc";
	files := arg->argv();
	total := ref Counts(0, 0, 0, 0, 0);
	nfiles := 0;
	for(; files != nil; files = tl files){
		path := "/tmp/" + hd files;
		b := bufio->open(path, Bufio->OREAD);
		if(b == nil){
			sys->fprint(sys->fildes(2), "wc: can't open %s: %r\n", path);
			continue;
		}
		c := count(b);
		b.close();
		report(c, hd files);
		total.add(c);
		nfiles++;
	}
	if(nfiles > 1)
		report(total, "total");
	flags = "L";
	report(total, "longest line, in runes");
	for(i = 0; i < len FILES; i++)
		sys->remove("/tmp/" + FILES[i].t0);
}
