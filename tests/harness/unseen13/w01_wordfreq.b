#args: the quick brown fox
implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";

WordFreq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Word: adt {
	w:	string;
	n:	int;
};

TEXT: con "the cat and the dog\nthe fox, the quick fox!\n\tand brown dogs\n";

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_01words.txt";
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "create %s: %r\n", path);
		return;
	}
	b := array of byte TEXT;
	n := sys->write(fd, b, len b);
	sys->print("wrote %d bytes\n", n);
	fd = nil;

	fd = sys->open(path, Sys->OREAD);
	buf := array[1024] of byte;
	tot := 0;
	while((r := sys->read(fd, buf[tot:], 16)) > 0)
		tot += r;
	sys->print("read back %d bytes in chunks\n", tot);
	(nw, words) := sys->tokenize(string buf[0:tot], " \t\n,!");
	sys->print("%d tokens\n", nw);

	tab: list of ref Word;
	for(; words != nil; words = tl words){
		found := 0;
		for(t := tab; t != nil; t = tl t)
			if((hd t).w == hd words){
				(hd t).n++;
				found = 1;
			}
		if(!found)
			tab = ref Word(hd words, 1) :: tab;
	}
	a := array[len tab] of ref Word;
	i := 0;
	for(; tab != nil; tab = tl tab)
		a[i++] = hd tab;
	# insertion sort: by count desc then word asc
	for(i = 1; i < len a; i++){
		x := a[i];
		j := i-1;
		while(j >= 0 && (a[j].n < x.n || (a[j].n == x.n && a[j].w > x.w))){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = x;
	}
	for(i = 0; i < len a; i++)
		sys->print("%-6s %d\n", a[i].w, a[i].n);
	argv = tl argv;
	for(; argv != nil; argv = tl argv){
		c := 0;
		for(i = 0; i < len a; i++)
			if(a[i].w == hd argv)
				c = a[i].n;
		sys->print("query %q -> %d\n", hd argv, c);
	}
	if(sys->remove(path) < 0)
		sys->print("remove failed: %r\n");
	else
		sys->print("removed\n");
}
