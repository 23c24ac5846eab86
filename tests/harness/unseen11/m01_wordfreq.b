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
	count:	int;
	first:	int;	# position of first occurrence
};

NBUCKET: con 31;

text := "The quick brown fox jumps over the lazy dog. The dog, being lazy,\n" +
	"did not jump; the fox was quick -- quick and brown! Over and over\n" +
	"the fox jumped, and the dog slept. THE END.";

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 37 + s[i]) % NBUCKET;
	return h;
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

isletter(c: int): int
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	table := array[NBUCKET] of list of ref Entry;
	nwords := 0;
	pos := 0;
	i := 0;
	while(i < len text){
		while(i < len text && !isletter(text[i]))
			i++;
		start := i;
		while(i < len text && isletter(text[i]))
			i++;
		if(start == i)
			break;
		w := lower(text[start:i]);
		nwords++;
		h := hash(w);
		found := 0;
		for(l := table[h]; l != nil; l = tl l){
			e := hd l;
			if(e.word == w){
				e.count++;
				found = 1;
				break;
			}
		}
		if(!found)
			table[h] = ref Entry(w, 1, pos) :: table[h];
		pos++;
	}

	# flatten into an array
	n := 0;
	for(b := 0; b < NBUCKET; b++)
		n += len table[b];
	all := array[n] of ref Entry;
	k := 0;
	for(b = 0; b < NBUCKET; b++)
		for(l := table[b]; l != nil; l = tl l)
			all[k++] = hd l;

	# insertion sort: count descending, then first occurrence
	for(x := 1; x < n; x++){
		e := all[x];
		y := x - 1;
		while(y >= 0 && (all[y].count < e.count ||
		    (all[y].count == e.count && all[y].first > e.first))){
			all[y+1] = all[y];
			y--;
		}
		all[y+1] = e;
	}

	sys->print("%d words, %d distinct\n", nwords, n);
	sys->print("%-10s %5s %6s  %s\n", "word", "count", "pct", "bar");
	for(x = 0; x < n && x < 12; x++){
		e := all[x];
		pct := 100.0 * real e.count / real nwords;
		bar := "";
		for(j := 0; j < e.count; j++)
			bar += "#";
		sys->print("%-10s %5d %5.1f%%  %s\n", e.word, e.count, pct, bar);
	}
	singles := 0;
	for(x = 0; x < n; x++)
		if(all[x].count == 1)
			singles++;
	sys->print("hapax legomena: %d (%.3g of vocabulary)\n", singles, real singles / real n);
}
