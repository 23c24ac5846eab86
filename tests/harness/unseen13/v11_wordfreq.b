#args: -n 5 to be or not to be that is the question whether tis nobler in the mind to suffer
implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";

WordFreq: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt {
	word:	string;
	n:	int;
	next:	cyclic ref Entry;
};

NBUCKET: con 7;

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h % NBUCKET;
}

lower(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		r[len r] = c;
	}
	return r;
}

usage()
{
	sys->fprint(sys->fildes(2), "usage: wordfreq [-n top] word...\n");
	raise "fail:usage";
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	top := 3;
	if(argv != nil && hd argv == "-n"){
		argv = tl argv;
		if(argv == nil)
			usage();
		top = int hd argv;
		argv = tl argv;
	}
	tab := array[NBUCKET] of ref Entry;
	nwords := 0;
	for(; argv != nil; argv = tl argv){
		w := lower(hd argv);
		h := hash(w);
		e: ref Entry;
		for(e = tab[h]; e != nil; e = e.next)
			if(e.word == w)
				break;
		if(e == nil){
			tab[h] = ref Entry(w, 0, tab[h]);
			e = tab[h];
		}
		e.n++;
		nwords++;
	}
	# bucket occupancy
	all: list of ref Entry;
	for(i := 0; i < NBUCKET; i++){
		c := 0;
		for(e := tab[i]; e != nil; e = e.next){
			c++;
			all = e :: all;
		}
		sys->print("bucket %d: %d\n", i, c);
	}
	# selection of top entries: by count desc, then word asc
	a := array[len all] of ref Entry;
	for(i = 0; all != nil; all = tl all)
		a[i++] = hd all;
	for(i = 0; i < len a; i++){
		best := i;
		for(j := i+1; j < len a; j++)
			if(a[j].n > a[best].n || (a[j].n == a[best].n && a[j].word < a[best].word))
				best = j;
		(a[i], a[best]) = (a[best], a[i]);
	}
	sys->print("%d words, %d distinct\n", nwords, len a);
	for(i = 0; i < top && i < len a; i++)
		sys->print("%-8s %d\n", a[i].word, a[i].n);
}
