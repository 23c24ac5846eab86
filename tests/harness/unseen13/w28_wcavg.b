#args: /tmp/w_28a /tmp/w_28b /tmp/w_28nope /tmp/w_28empty
implement WcAvg;

include "sys.m";
	sys: Sys;
include "draw.m";

WcAvg: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Count: adt {
	lines, words, chars, bytes: int;
};

wc(fd: ref Sys->FD): Count
{
	c := Count(0, 0, 0, 0);
	buf := array[37] of byte;	# odd size forces split utf sequences
	inword := 0;
	carry := 0;
	while((n := sys->read(fd, buf[carry:], len buf - carry)) > 0){
		n += carry;
		c.bytes += n - carry;
		m := sys->utfbytes(buf, n);
		s := string buf[0:m];
		c.chars += len s;
		for(i := 0; i < len s; i++){
			case s[i] {
			'\n' =>
				c.lines++;
				inword = 0;
			' ' or '\t' =>
				inword = 0;
			* =>
				if(!inword)
					c.words++;
				inword = 1;
			}
		}
		carry = n - m;
		buf[0:] = buf[m:n];
	}
	return c;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	fd := sys->create("/tmp/w_28a", Sys->OWRITE, 8r644);
	for(i := 0; i < 12; i++)
		sys->fprint(fd, "ligne %d: déjà vu — ça va %s\n", i, "très bien"[0:i%9]);
	fd = sys->create("/tmp/w_28b", Sys->OWRITE, 8r644);
	sys->fprint(fd, "one\ttwo three\nfour\n\n  five  \n");
	fd = sys->create("/tmp/w_28empty", Sys->OWRITE, 8r644);
	fd = nil;

	tot := Count(0, 0, 0, 0);
	nfiles := 0;
	for(argv = tl argv; argv != nil; argv = tl argv){
		f := sys->open(hd argv, Sys->OREAD);
		if(f == nil){
			sys->fprint(stderr, "wc: %s: %r\n", hd argv);
			continue;
		}
		c := wc(f);
		sys->print("%5d %5d %5d %5d %s\n", c.lines, c.words, c.chars, c.bytes, hd argv);
		tot.lines += c.lines;
		tot.words += c.words;
		tot.chars += c.chars;
		tot.bytes += c.bytes;
		nfiles++;
		sys->remove(hd argv);
		# average words per line, per file; the empty file has no lines
		if(c.lines == 0)
			raise "wc: no lines in " + hd argv;
		sys->print("      avg %d words/line\n", c.words / c.lines);
	}
	sys->print("%5d %5d %5d %5d total in %d files\n", tot.lines, tot.words, tot.chars, tot.bytes, nfiles);
}
