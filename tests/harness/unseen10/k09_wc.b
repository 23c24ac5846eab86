#args: poem.txt data.csv nothing utf.txt blank.txt
implement Kwc;

include "sys.m";
	sys: Sys;
include "draw.m";

Kwc: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k09_wc";

Counts: adt {
	lines, words, runes, bytes: int;
	add:	fn(c: self ref Counts, o: ref Counts);
	text:	fn(c: self ref Counts): string;
};

Counts.add(c: self ref Counts, o: ref Counts)
{
	c.lines += o.lines;
	c.words += o.words;
	c.runes += o.runes;
	c.bytes += o.bytes;
}

Counts.text(c: self ref Counts): string
{
	return sys->sprint("%7d %7d %7d %7d", c.lines, c.words, c.runes, c.bytes);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	write("poem.txt", "Whose woods these are I think I know.\nHis house is in the village though;\n  He will not see me stopping here\nTo watch his woods fill up with snow.\n");
	write("data.csv", "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77\n");
	write("utf.txt", "naïve café\nżółw — tortoise\n日本語 テキスト\n");
	write("blank.txt", "\n\n   \t\n");

	total := ref Counts(0, 0, 0, 0);
	nfiles := 0;
	for(args = tl args; args != nil; args = tl args){
		name := hd args;
		fd := sys->open(DIR+"/"+name, Sys->OREAD);
		if(fd == nil){
			sys->print("wc: can't open %s: %r\n", name);
			continue;
		}
		c := count(fd);
		sys->print("%s %s\n", c.text(), name);
		total.add(c);
		nfiles++;
	}
	if(nfiles > 1)
		sys->print("%s total\n", total.text());

	for(l := "poem.txt" :: "data.csv" :: "utf.txt" :: "blank.txt" :: nil; l != nil; l = tl l)
		sys->remove(DIR+"/"+hd l);
	sys->remove(DIR);
}

write(name, s: string)
{
	fd := sys->create(DIR+"/"+name, Sys->OWRITE, 8r644);
	b := array of byte s;
	sys->write(fd, b, len b);
}

# count with a small buffer; UTF-8 sequences may be split across reads
count(fd: ref Sys->FD): ref Counts
{
	c := ref Counts(0, 0, 0, 0);
	buf := array[7 + Sys->UTFmax] of byte;
	carry := 0;
	inword := 0;
	for(;;){
		n := sys->read(fd, buf[carry:], 7);
		if(n <= 0)
			break;
		c.bytes += n;
		n += carry;
		i := 0;
		while(i < n){
			(r, w, ok) := sys->byte2char(buf[i:n], 0);
			if(!ok && w == 0)
				break;	# incomplete sequence; keep for next read
			i += w;
			c.runes++;
			if(r == '\n')
				c.lines++;
			if(r == ' ' || r == '\t' || r == '\n'){
				inword = 0;
			}else if(!inword){
				inword = 1;
				c.words++;
			}
		}
		carry = n - i;
		buf[0:] = buf[i:n];
	}
	return c;
}
