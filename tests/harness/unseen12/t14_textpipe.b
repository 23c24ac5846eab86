implement TextPipe;

include "sys.m";
	sys: Sys;
include "draw.m";

TextPipe: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

text := array[] of {
	"The workers were waiting while the channels filled,",
	"and the buffered channels kept the producers running.",
	"Each stage reads, transforms and sends; nothing is shared,",
	"so the stages never need locking. Waiting is blocking,",
	"and blocking is how the pipeline keeps its order.",
	"The consumer counted words; the counts ordered the report.",
};

stop := array[] of {"the", "and", "is", "its", "so", "how", "each", "a", "of"};

splitter(in: chan of string, out: chan of string)
{
	while((line := <-in) != nil){
		(nil, toks) := sys->tokenize(line, " \t,.;:");
		for(; toks != nil; toks = tl toks)
			out <-= hd toks;
	}
	out <-= nil;
}

lower(in: chan of string, out: chan of string)
{
	while((w := <-in) != nil){
		for(i := 0; i < len w; i++)
			if(w[i] >= 'A' && w[i] <= 'Z')
				w[i] += 'a' - 'A';
		out <-= w;
	}
	out <-= nil;
}

stopper(in: chan of string, out: chan of string, dropped: chan of int)
{
	n := 0;
	while((w := <-in) != nil){
		isstop := 0;
		for(i := 0; i < len stop; i++)
			if(stop[i] == w)
				isstop = 1;
		if(isstop)
			n++;
		else
			out <-= w;
	}
	out <-= nil;
	dropped <-= n;
}

hassuffix(w, s: string): int
{
	return len w > len s + 2 && w[len w - len s:] == s;
}

stemmer(in: chan of string, out: chan of string)
{
	suffixes := array[] of {"ing", "ed", "ers", "er", "s"};
	while((w := <-in) != nil){
		for(i := 0; i < len suffixes; i++)
			if(hassuffix(w, suffixes[i])){
				w = w[0:len w - len suffixes[i]];
				break;
			}
		out <-= w;
	}
	out <-= nil;
}

Entry: adt {
	word:	string;
	n:	int;
	next:	cyclic ref Entry;
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h;
}

counter(in: chan of string, result: chan of array of ref Entry)
{
	tab := array[17] of ref Entry;
	distinct := 0;
	while((w := <-in) != nil){
		b := hash(w) % len tab;
		e: ref Entry;
		for(e = tab[b]; e != nil && e.word != w; e = e.next)
			;
		if(e == nil){
			tab[b] = ref Entry(w, 0, tab[b]);
			e = tab[b];
			distinct++;
		}
		e.n++;
	}
	all := array[distinct] of ref Entry;
	k := 0;
	for(b := 0; b < len tab; b++)
		for(e := tab[b]; e != nil; e = e.next)
			all[k++] = e;
	# insertion sort: count descending, then word ascending
	for(i := 1; i < len all; i++){
		x := all[i];
		for(j := i; j > 0 && (all[j-1].n < x.n || (all[j-1].n == x.n && all[j-1].word > x.word)); j--)
			all[j] = all[j-1];
		all[j] = x;
	}
	result <-= all;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c0 := chan of string;
	c1 := chan[4] of string;
	c2 := chan[2] of string;
	c3 := chan of string;
	c4 := chan[8] of string;
	dropped := chan of int;
	result := chan of array of ref Entry;
	spawn splitter(c0, c1);
	spawn lower(c1, c2);
	spawn stopper(c2, c3, dropped);
	spawn stemmer(c3, c4);
	spawn counter(c4, result);
	for(i := 0; i < len text; i++)
		c0 <-= text[i];
	c0 <-= nil;
	all := <-result;
	sys->print("stop words dropped: %d\n", <-dropped);
	sys->print("distinct stems: %d\n", len all);
	for(i = 0; i < len all && i < 10; i++)
		sys->print("%2d. %-10s %d\n", i+1, all[i].word, all[i].n);
	singles := 0;
	for(i = 0; i < len all; i++)
		if(all[i].n == 1)
			singles++;
	sys->print("stems seen once: %d\n", singles);
}
