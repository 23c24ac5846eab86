implement Wordfreq;

include "sys.m";
	sys: Sys;
include "draw.m";

Wordfreq: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

text := array[] of {
	"It was the best of times, it was the worst of times,",
	"it was the age of wisdom, it was the age of foolishness,",
	"it was the epoch of belief, it was the epoch of incredulity,",
	"it was the season of Light, it was the season of Darkness,",
	"it was the spring of hope, it was the winter of despair,",
	"we had everything before us, we had nothing before us,",
	"we were all going direct to Heaven, we were all going direct the other way --",
	"in short, the period was so far like the present period, that some of its",
	"noisiest authorities insisted on its being received, for good or for evil,",
	"in the superlative degree of comparison only.",
};

Entry: adt {
	word:	string;
	count:	int;
	first:	int;	# line of first occurrence
};

Table: adt {
	buckets:	array of list of ref Entry;
	n:	int;

	new:	fn(size: int): ref Table;
	hash:	fn(t: self ref Table, s: string): int;
	add:	fn(t: self ref Table, s: string, line: int);
	grow:	fn(t: self ref Table);
	all:	fn(t: self ref Table): array of ref Entry;
};

Table.new(size: int): ref Table
{
	return ref Table(array[size] of list of ref Entry, 0);
}

Table.hash(t: self ref Table, s: string): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = (h*33 + s[i]) & 16r7FFFFFFF;
	return h % len t.buckets;
}

Table.add(t: self ref Table, s: string, line: int)
{
	b := t.hash(s);
	for(l := t.buckets[b]; l != nil; l = tl l)
		if((hd l).word == s){
			(hd l).count++;
			return;
		}
	t.buckets[b] = ref Entry(s, 1, line) :: t.buckets[b];
	t.n++;
	if(t.n > 2*len t.buckets)
		t.grow();
}

Table.grow(t: self ref Table)
{
	old := t.buckets;
	t.buckets = array[2*len old + 1] of list of ref Entry;
	for(i := 0; i < len old; i++)
		for(l := old[i]; l != nil; l = tl l){
			b := t.hash((hd l).word);
			t.buckets[b] = hd l :: t.buckets[b];
		}
	sys->print("(table grown to %d buckets at %d words)\n", len t.buckets, t.n);
}

Table.all(t: self ref Table): array of ref Entry
{
	a := array[t.n] of ref Entry;
	k := 0;
	for(i := 0; i < len t.buckets; i++)
		for(l := t.buckets[i]; l != nil; l = tl l)
			a[k++] = hd l;
	return a;
}

words(s: string): list of string
{
	r: list of string;
	w := "";
	for(i := 0; i <= len s; i++){
		c := ' ';
		if(i < len s)
			c = s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if(c >= 'a' && c <= 'z' || c == '\'')
			w[len w] = c;
		else if(w != ""){
			r = w :: r;
			w = "";
		}
	}
	rl: list of string;
	for(; r != nil; r = tl r)
		rl = hd r :: rl;
	return rl;
}

# shell sort with a comparison chosen by mode
sort(a: array of ref Entry, mode: int)
{
	for(gap := len a/2; gap > 0; gap /= 2)
		for(i := gap; i < len a; i++){
			x := a[i];
			j := i;
			while(j >= gap && after(a[j-gap], x, mode)){
				a[j] = a[j-gap];
				j -= gap;
			}
			a[j] = x;
		}
}

after(a, b: ref Entry, mode: int): int
{
	case mode {
	0 =>	# by count desc, then word
		if(a.count != b.count)
			return a.count < b.count;
		return a.word > b.word;
	1 =>	# by length desc, then word
		if(len a.word != len b.word)
			return len a.word < len b.word;
		return a.word > b.word;
	}
	return a.word > b.word;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := Table.new(7);
	total := 0;
	for(i := 0; i < len text; i++)
		for(w := words(text[i]); w != nil; w = tl w){
			t.add(hd w, i+1);
			total++;
		}
	sys->print("%d words, %d distinct, %d buckets\n\n", total, t.n, len t.buckets);

	a := t.all();
	sort(a, 0);
	sys->print("top 12:\n");
	for(i = 0; i < 12 && i < len a; i++){
		bar := "";
		for(k := 0; k < a[i].count; k++)
			bar += "=";
		sys->print("  %-8s %3d %5.1f%% line %2d %s\n", a[i].word, a[i].count,
			100.0*real a[i].count/real total, a[i].first, bar);
	}
	once := 0;
	for(i = 0; i < len a; i++)
		if(a[i].count == 1)
			once++;
	sys->print("hapax legomena: %d\n\n", once);

	sort(a, 1);
	sys->print("longest:");
	for(i = 0; i < 5; i++)
		sys->print(" %s(%d)", a[i].word, len a[i].word);
	sys->print("\n");

	sort(a, 2);
	sys->print("alphabetical first/last: %s .. %s\n", a[0].word, a[len a-1].word);

	# bucket occupancy histogram
	hist := array[8] of {* => 0};
	for(i = 0; i < len t.buckets; i++){
		n := 0;
		for(l := t.buckets[i]; l != nil; l = tl l)
			n++;
		if(n >= len hist)
			n = len hist - 1;
		hist[n]++;
	}
	sys->print("\nbucket chain lengths:");
	for(i = 0; i < len hist; i++)
		if(hist[i])
			sys->print(" %d:%d", i, hist[i]);
	sys->print("\n");
}
