#args: -n 8 -m 3
implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

WordFreq: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

TEXT: con "/tmp/d22_corpus.txt";

corpus := "It was the best of times, it was the worst of times, it was the age of wisdom,\n" +
	"it was the age of foolishness, it was the epoch of belief, it was the epoch of\n" +
	"incredulity, it was the season of Light, it was the season of Darkness, it was\n" +
	"the spring of hope, it was the winter of despair, we had everything before us,\n" +
	"we had nothing before us, we were all going direct to Heaven, we were all going\n" +
	"direct the other way.\n";

NBUCKET: con 31;

Word: adt {
	w: string;
	n: int;
	first: int;
};

Table: adt {
	buckets: array of list of ref Word;
	nwords: int;
	maxchain: fn(t: self ref Table): int;
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7FFFFFFF;
	return h % NBUCKET;
}

add(t: ref Table, w: string, pos: int)
{
	b := hash(w);
	for(l := t.buckets[b]; l != nil; l = tl l)
		if((hd l).w == w){
			(hd l).n++;
			return;
		}
	t.buckets[b] = ref Word(w, 1, pos) :: t.buckets[b];
	t.nwords++;
}

Table.maxchain(t: self ref Table): int
{
	m := 0;
	for(i := 0; i < len t.buckets; i++)
		if(len t.buckets[i] > m)
			m = len t.buckets[i];
	return m;
}

# higher count first, then earlier first appearance
better(a, b: ref Word): int
{
	if(a.n != b.n)
		return a.n > b.n;
	return a.first < b.first;
}

shellsort(a: array of ref Word)
{
	for(gap := len a / 2; gap > 0; gap /= 2)
		for(i := gap; i < len a; i++)
			for(j := i - gap; j >= 0 && better(a[j+gap], a[j]); j -= gap)
				(a[j], a[j+gap]) = (a[j+gap], a[j]);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	arg := load Arg Arg->PATH;
	top := 5;
	minlen := 1;
	arg->init(args);
	while((c := arg->opt()) != 0)
		case c {
		'n' => top = int arg->earg();
		'm' => minlen = int arg->earg();
		}

	fd := sys->create(TEXT, Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", corpus);
	fd = nil;

	t := ref Table(array[NBUCKET] of list of ref Word, 0);
	iob := bufio->open(TEXT, Bufio->OREAD);
	seps := " \t\n,.;:!?";
	pos := 0;
	skipped := 0;
	while((tok := iob.gett(seps)) != nil){
		(w, nil) := str->splitl(tok, seps);
		if(w == nil)
			continue;
		pos++;
		w = str->tolower(w);
		if(len w < minlen){
			skipped++;
			continue;
		}
		add(t, w, pos);
	}
	iob.close();
	sys->remove(TEXT);

	sys->print("%d tokens, %d distinct (min length %d, %d short skipped), longest chain %d\n",
		pos, t.nwords, minlen, skipped, t.maxchain());
	all := array[t.nwords] of ref Word;
	k := 0;
	for(i := 0; i < NBUCKET; i++)
		for(l := t.buckets[i]; l != nil; l = tl l)
			all[k++] = hd l;
	shellsort(all);
	if(top > len all)
		top = len all;
	for(i = 0; i < top; i++){
		bar := "";
		for(j := 0; j < all[i].n; j++)
			bar += "#";
		sys->print("%2d %-12s %3d %s\n", i+1, all[i].w, all[i].n, bar);
	}
	once := 0;
	for(i = 0; i < len all; i++)
		if(all[i].n == 1)
			once++;
	sys->print("hapax legomena: %d\n", once);
}
