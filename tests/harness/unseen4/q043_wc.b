implement Wc;

include "sys.m";
	sys: Sys;
include "draw.m";

Wc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines, words, chars, bytes: int;
};

count(fd: ref Sys->FD): Counts
{
	c := Counts(0, 0, 0, 0);
	buf := array[13] of byte;	# odd size to split utf sequences
	inword := 0;
	carry := 0;
	for(;;){
		n := sys->read(fd, buf[carry:], len buf - carry);
		if(n <= 0)
			break;
		n += carry;
		c.bytes += n - carry;
		u := sys->utfbytes(buf, n);
		s := string buf[0:u];
		for(i := 0; i < len s; i++){
			c.chars++;
			ch := s[i];
			if(ch == '\n')
				c.lines++;
			if(ch == ' ' || ch == '\t' || ch == '\n')
				inword = 0;
			else if(!inword){
				inword = 1;
				c.words++;
			}
		}
		carry = n - u;
		buf[0:] = buf[u:n];
	}
	return c;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	texts := array[] of {
		"hello world\n",
		"",
		"one\ntwo\nthree\n",
		"naïve café — déjà vu\nλ calculus\n",
		"   spaced    out   \t words  ",
	};
	tot := Counts(0, 0, 0, 0);
	for(i := 0; i < len texts; i++){
		name := sys->sprint("/tmp/q043.%d", i);
		fd := sys->create(name, Sys->ORDWR, 8r644);
		b := array of byte texts[i];
		sys->write(fd, b, len b);
		sys->seek(fd, big 0, Sys->SEEKSTART);
		c := count(fd);
		sys->print("%7d %7d %7d %7d %s\n", c.lines, c.words, c.chars, c.bytes, name);
		tot.lines += c.lines;
		tot.words += c.words;
		tot.chars += c.chars;
		tot.bytes += c.bytes;
		sys->remove(name);
	}
	sys->print("%7d %7d %7d %7d total\n", tot.lines, tot.words, tot.chars, tot.bytes);
}
