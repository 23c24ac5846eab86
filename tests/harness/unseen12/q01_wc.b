#args: -lwc /tmp/q_wc1.txt /tmp/q_wc2.txt /tmp/q_wc_missing.txt
implement Wc;

include "sys.m";
	sys: Sys;
include "draw.m";

Wc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines:	int;
	words:	int;
	chars:	int;
	bytes:	int;

	add:	fn(c: self ref Counts, d: ref Counts);
};

Counts.add(c: self ref Counts, d: ref Counts)
{
	c.lines += d.lines;
	c.words += d.words;
	c.chars += d.chars;
	c.bytes += d.bytes;
}

lflag, wflag, cflag, bflag: int;
stderr: ref Sys->FD;

writefile(name, text: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "wc: cannot create %s: %r\n", name);
		return;
	}
	b := array of byte text;
	sys->write(fd, b, len b);
}

count(fd: ref Sys->FD): ref Counts
{
	c := ref Counts(0, 0, 0, 0);
	buf := array[64] of byte;	# small on purpose: runes split across reads
	inword := 0;
	left := 0;
	for(;;){
		n := sys->read(fd, buf[left:], len buf - left);
		if(n <= 0)
			break;
		c.bytes += n;
		n += left;
		m := sys->utfbytes(buf, n);
		s := string buf[0:m];
		for(i := 0; i < len s; i++){
			r := s[i];
			c.chars++;
			if(r == '\n')
				c.lines++;
			if(r == ' ' || r == '\t' || r == '\n')
				inword = 0;
			else if(!inword){
				inword = 1;
				c.words++;
			}
		}
		left = n - m;
		buf[0:] = buf[m:n];
	}
	return c;
}

show(c: ref Counts, name: string)
{
	s := "";
	if(lflag)
		s += sys->sprint(" %7d", c.lines);
	if(wflag)
		s += sys->sprint(" %7d", c.words);
	if(cflag)
		s += sys->sprint(" %7d", c.chars);
	if(bflag)
		s += sys->sprint(" %7d", c.bytes);
	if(name != nil)
		s += " " + name;
	sys->print("%s\n", s);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	writefile("/tmp/q_wc1.txt", "the quick brown fox\njumps over\tthe lazy dog\n\n  spaced   out  \n");
	writefile("/tmp/q_wc2.txt", "naïve café — déjà vu\nΣίσυφος\nno newline at end");

	argv = tl argv;
	while(argv != nil && len hd argv > 1 && (hd argv)[0] == '-'){
		opt := hd argv;
		argv = tl argv;
		if(opt == "--")
			break;
		for(i := 1; i < len opt; i++)
			case opt[i] {
			'l' =>	lflag = 1;
			'w' =>	wflag = 1;
			'c' =>	cflag = 1;
			'b' =>	bflag = 1;
			* =>
				sys->fprint(stderr, "wc: unknown option -%c\n", opt[i]);
				sys->fprint(stderr, "usage: wc [-lwcb] [file ...]\n");
				raise "fail:usage";
			}
	}
	if(!(lflag || wflag || cflag || bflag))
		lflag = wflag = cflag = 1;
	bflag = 1;	# always report bytes too, since chars != bytes here

	total := ref Counts(0, 0, 0, 0);
	nfiles := 0;
	errs := 0;
	for(; argv != nil; argv = tl argv){
		fd := sys->open(hd argv, Sys->OREAD);
		if(fd == nil){
			sys->fprint(stderr, "wc: can't open %s: %r\n", hd argv);
			errs++;
			continue;
		}
		c := count(fd);
		show(c, hd argv);
		total.add(c);
		nfiles++;
	}
	if(nfiles > 1)
		show(total, "total");
	if(errs)
		sys->fprint(stderr, "wc: %d file(s) could not be read\n", errs);
}
