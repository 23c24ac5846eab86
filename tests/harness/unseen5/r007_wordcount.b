implement Wordcount;

include "sys.m";
	sys: Sys;
include "draw.m";

Wordcount: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines, words, runes, bytes: int;
	maxline:	int;

	add:	fn(c: self ref Counts, d: ref Counts);
	fmt:	fn(c: self ref Counts, name: string): string;
};

Counts.add(c: self ref Counts, d: ref Counts)
{
	c.lines += d.lines;
	c.words += d.words;
	c.runes += d.runes;
	c.bytes += d.bytes;
	if(d.maxline > c.maxline)
		c.maxline = d.maxline;
}

Counts.fmt(c: self ref Counts, name: string): string
{
	return sys->sprint("%7d %7d %7d %7d %4d %s", c.lines, c.words, c.runes, c.bytes, c.maxline, name);
}

count(name: string): ref Counts
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return nil;
	c := ref Counts(0, 0, 0, 0, 0);
	buf := array[7] of byte;	# tiny buffer to exercise split utf-8
	carry := 0;
	inword := 0;
	cur := 0;
	for(;;){
		n := sys->read(fd, buf[carry:], len buf - carry);
		if(n <= 0)
			break;
		c.bytes += n;
		n += carry;
		k := sys->utfbytes(buf, n);
		s := string buf[0:k];
		for(i := 0; i < len s; i++){
			r := s[i];
			c.runes++;
			if(r == '\n'){
				c.lines++;
				if(cur > c.maxline)
					c.maxline = cur;
				cur = 0;
			}else
				cur++;
			if(r == ' ' || r == '\t' || r == '\n')
				inword = 0;
			else if(!inword){
				inword = 1;
				c.words++;
			}
		}
		carry = n - k;
		buf[0:] = buf[k:n];
	}
	if(cur > c.maxline)
		c.maxline = cur;
	return c;
}

mk(name, s: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r600);
	b := array of byte s;
	sys->write(fd, b, len b);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mk("/tmp/r007.a", "one two three\nfour\n\n  five   six\n");
	mk("/tmp/r007.b", "Ελληνικά κείμενα\n日本語のテキスト です\nno newline at end");
	mk("/tmp/r007.c", "");
	files := "/tmp/r007.a" :: "/tmp/r007.b" :: "/tmp/r007.missing" :: "/tmp/r007.c" :: nil;
	total := ref Counts(0, 0, 0, 0, 0);
	nf := 0;
	for(; files != nil; files = tl files){
		c := count(hd files);
		if(c == nil){
			sys->print("wc: cannot open %s\n", hd files);
			continue;
		}
		sys->print("%s\n", c.fmt(hd files));
		total.add(c);
		nf++;
	}
	if(nf > 1)
		sys->print("%s\n", total.fmt("total"));
}
