implement Kcmp;

include "sys.m";
	sys: Sys;
include "draw.m";

Kcmp: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k11_cmp";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	base := "The first line.\nThe second line.\nThe third line.\n";
	put("a", base);
	put("b", base);
	put("c", "The first line.\nThe secund line.\nThe third lime.\n");
	put("d", "The first line.\nThe second");
	put("e", "");
	sys->create(DIR+"/sub", Sys->OREAD, Sys->DMDIR|8r755);

	pairs := array[] of {
		("a", "b"), ("a", "c"), ("c", "a"), ("a", "d"), ("d", "a"),
		("e", "a"), ("e", "e"), ("a", "zz"), ("a", "sub")
	};
	for(i := 0; i < len pairs; i++){
		(x, y) := pairs[i];
		r := cmp(x, y, 0);
		sys->print("  -> status %d\n", r);
	}
	sys->print("verbose a c:\n");
	cmp("a", "c", 1);
	sys->print("verbose a d:\n");
	cmp("a", "d", 1);

	for(l := "a" :: "b" :: "c" :: "d" :: "e" :: "sub" :: nil; l != nil; l = tl l)
		sys->remove(DIR+"/"+hd l);
	sys->remove(DIR);
}

put(name, s: string)
{
	fd := sys->create(DIR+"/"+name, Sys->OWRITE, 8r644);
	b := array of byte s;
	sys->write(fd, b, len b);
}

openf(name: string): ref Sys->FD
{
	fd := sys->open(DIR+"/"+name, Sys->OREAD);
	if(fd == nil){
		sys->print("cmp: can't open %s: %r\n", name);
		return nil;
	}
	(ok, d) := sys->fstat(fd);
	if(ok == 0 && (d.qid.qtype & Sys->QTDIR)){
		sys->print("cmp: %s is a directory\n", name);
		return nil;
	}
	return fd;
}

# returns 0 same, 1 differ, 2 trouble
cmp(n1, n2: string, verbose: int): int
{
	f1 := openf(n1);
	f2 := openf(n2);
	if(f1 == nil || f2 == nil)
		return 2;
	b1 := array[5] of byte;
	b2 := array[9] of byte;
	p1 := e1 := 0;
	p2 := e2 := 0;
	off := 1;
	line := 1;
	status := 0;
	for(;;){
		if(p1 == e1){
			e1 = sys->read(f1, b1, len b1);
			p1 = 0;
		}
		if(p2 == e2){
			e2 = sys->read(f2, b2, len b2);
			p2 = 0;
		}
		if(e1 <= 0 && e2 <= 0)
			break;
		if(e1 <= 0 || e2 <= 0){
			short := n1;
			if(e2 <= 0)
				short = n2;
			sys->print("cmp: EOF on %s after byte %d\n", short, off-1);
			return 1;
		}
		c1 := b1[p1++];
		c2 := b2[p2++];
		if(c1 != c2){
			status = 1;
			if(!verbose){
				sys->print("%s %s differ: char %d line %d\n", n1, n2, off, line);
				return 1;
			}
			sys->print("%6d %3o %3o  (%c/%c)\n", off, int c1, int c2, int c1, int c2);
		}
		if(c1 == byte '\n')
			line++;
		off++;
	}
	if(status == 0)
		sys->print("%s %s identical (%d bytes)\n", n1, n2, off-1);
	return status;
}
