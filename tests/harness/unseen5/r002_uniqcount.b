implement Uniqc;

include "sys.m";
	sys: Sys;
include "draw.m";

Uniqc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Run: adt {
	line:	string;
	count:	int;

	text:	fn(r: self Run, width: int): string;
};

Run.text(r: self Run, width: int): string
{
	n := string r.count;
	while(len n < width)
		n = " " + n;
	return n + " " + r.line;
}

putfile(name, s: string): int
{
	fd := sys->create(name, Sys->OWRITE, 8r666);
	if(fd == nil)
		return -1;
	return sys->fprint(fd, "%s", s);
}

getfile(name: string): string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return nil;
	s := "";
	buf := array[64] of byte;	# small buffer on purpose
	pending := array[0] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0){
		all := array[len pending + n] of byte;
		all[0:] = pending;
		all[len pending:] = buf[0:n];
		# only convert complete UTF-8 sequences
		k := sys->utfbytes(all, len all);
		s += string all[0:k];
		pending = all[k:];
	}
	return s;
}

splitlines(s: string): list of string
{
	r: list of string;
	start := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == '\n'){
			r = s[start:i] :: r;
			start = i+1;
		}
	if(start < len s)
		r = s[start:] :: r;
	# reverse
	out: list of string;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

uniq(lines: list of string): list of Run
{
	runs: list of Run;
	cur := Run(nil, 0);
	for(; lines != nil; lines = tl lines){
		l := hd lines;
		if(cur.count > 0 && l == cur.line)
			cur.count++;
		else{
			if(cur.count > 0)
				runs = cur :: runs;
			cur = Run(l, 1);
		}
	}
	if(cur.count > 0)
		runs = cur :: runs;
	out: list of Run;
	for(; runs != nil; runs = tl runs)
		out = hd runs :: out;
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "";
	words := array[] of {"α", "beta", "beta", "γάμμα", "γάμμα", "γάμμα", "α", "delta", "delta", "", "", "zeta"};
	for(i := 0; i < len words; i++)
		text += words[i] + "\n";
	n := putfile("/tmp/r002_words", text);
	sys->print("wrote %d bytes\n", n);
	s := getfile("/tmp/r002_words");
	sys->print("read %d chars\n", len s);
	runs := uniq(splitlines(s));
	sys->print("%d runs\n", len runs);
	for(r := runs; r != nil; r = tl r)
		sys->print("%s|\n", (hd r).text(4));
	# only duplicated
	sys->print("duplicated:\n");
	for(r = runs; r != nil; r = tl r)
		if((hd r).count > 1)
			sys->print("\t%q x%d\n", (hd r).line, (hd r).count);
	# most frequent
	best := Run("", 0);
	for(r = runs; r != nil; r = tl r)
		if((hd r).count > best.count)
			best = hd r;
	sys->print("most: %s (%d)\n", best.line, best.count);
}
