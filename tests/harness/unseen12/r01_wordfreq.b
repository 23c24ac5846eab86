implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

WordFreq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt {
	word:	string;
	count:	int;
	first:	int;	# line of first occurrence
};

NBUCKET: con 31;

Table: adt {
	buckets:	array of list of ref Entry;
	nwords:	int;

	new:	fn(): ref Table;
	add:	fn(t: self ref Table, w: string, line: int);
	all:	fn(t: self ref Table): array of ref Entry;
};

TEXT := array[] of {
	"The quick brown fox jumps over the lazy dog.",
	"The dog, being lazy, did not jump; the fox laughed.",
	"A fox is quick -- a dog is lazy?  Not every dog!",
	"",
	"Over and over the fox ran over the hill.",
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*37 + s[i]) & 16r7FFFFFFF;
	return h % NBUCKET;
}

Table.new(): ref Table
{
	return ref Table(array[NBUCKET] of list of ref Entry, 0);
}

Table.add(t: self ref Table, w: string, line: int)
{
	h := hash(w);
	for(l := t.buckets[h]; l != nil; l = tl l)
		if((hd l).word == w){
			(hd l).count++;
			return;
		}
	t.buckets[h] = ref Entry(w, 1, line) :: t.buckets[h];
	t.nwords++;
}

Table.all(t: self ref Table): array of ref Entry
{
	a := array[t.nwords] of ref Entry;
	n := 0;
	for(i := 0; i < NBUCKET; i++)
		for(l := t.buckets[i]; l != nil; l = tl l)
			a[n++] = hd l;
	return a;
}

# more frequent first, then alphabetical
before(a, b: ref Entry): int
{
	if(a.count != b.count)
		return a.count > b.count;
	return a.word < b.word;
}

sort(a: array of ref Entry)
{
	for(i := 1; i < len a; i++){
		e := a[i];
		j := i-1;
		for(; j >= 0 && before(e, a[j]); j--)
			a[j+1] = a[j];
		a[j+1] = e;
	}
}

writetext(path: string): int
{
	out := bufio->create(path, Bufio->OWRITE, 8r644);
	if(out == nil)
		return -1;
	for(i := 0; i < len TEXT; i++)
		out.puts(TEXT[i] + "\n");
	out.close();
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	if(bufio == nil || str == nil){
		sys->fprint(sys->fildes(2), "wordfreq: cannot load library: %r\n");
		raise "fail:load";
	}

	path := "/tmp/r_wordfreq.txt";
	if(writetext(path) < 0){
		sys->fprint(sys->fildes(2), "wordfreq: create %s: %r\n", path);
		raise "fail:create";
	}

	in := bufio->open(path, Bufio->OREAD);
	t := Table.new();
	lineno := 0;
	total := 0;
	while((s := in.gets('\n')) != nil){
		lineno++;
		rest := str->tolower(s);
		for(;;){
			rest = str->drop(rest, "^a-z");
			if(rest == nil)
				break;
			w: string;
			(w, rest) = str->splitl(rest, "^a-z");
			t.add(w, lineno);
			total++;
		}
	}
	in.close();

	a := t.all();
	sort(a);
	sys->print("%d lines, %d words, %d distinct\n", lineno, total, len a);
	for(i := 0; i < len a; i++){
		e := a[i];
		bar := "";
		for(k := 0; k < e.count; k++)
			bar += "*";
		sys->print("%-8s %2d line %d %s\n", e.word, e.count, e.first, bar);
	}
	if(sys->remove(path) < 0)
		sys->fprint(sys->fildes(2), "wordfreq: remove failed\n");
}
