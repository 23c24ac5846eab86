implement Wordfreq;

include "sys.m";
	sys: Sys;
include "draw.m";

Wordfreq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

text := array[] of {
	"the quick brown fox jumps over the lazy dog",
	"The dog barks; the fox runs away.",
	"A lazy afternoon, a quick nap, and the fox returns",
	"over and over the same story is told",
};

Entry: adt {
	word:	string;
	count:	int;
};

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tab := array[64] of list of ref Entry;
	total := 0;
	for(i := 0; i < len text; i++){
		(nil, toks) := sys->tokenize(text[i], " \t;,.");
		for(; toks != nil; toks = tl toks){
			w := lower(hd toks);
			h := 0;
			for(j := 0; j < len w; j++)
				h = (h*31 + w[j]) % len tab;
			found := 0;
			for(l := tab[h]; l != nil; l = tl l)
				if((hd l).word == w){
					(hd l).count++;
					found = 1;
					break;
				}
			if(!found)
				tab[h] = ref Entry(w, 1) :: tab[h];
			total++;
		}
	}
	n := 0;
	for(i = 0; i < len tab; i++)
		n += len tab[i];
	all := array[n] of ref Entry;
	k := 0;
	for(i = 0; i < len tab; i++)
		for(m := tab[i]; m != nil; m = tl m)
			all[k++] = hd m;
	# insertion sort: by count desc, then word asc
	for(i = 1; i < n; i++){
		e := all[i];
		j := i-1;
		while(j >= 0 && (all[j].count < e.count || (all[j].count == e.count && all[j].word > e.word))){
			all[j+1] = all[j];
			j--;
		}
		all[j+1] = e;
	}
	sys->print("%d words, %d distinct\n", total, n);
	for(i = 0; i < n && i < 10; i++)
		sys->print("%-10s %3d %5.1f%%\n", all[i].word, all[i].count, 100.0*real all[i].count/real total);
}
