implement Index;

include "sys.m";
	sys: Sys;
include "draw.m";

Index: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Posting: adt {
	word:	string;
	lines:	list of int;
	count:	int;
};

NHASH: con 31;

Idx: adt {
	tab:	array of list of ref Posting;
	nword:	int;
	add:	fn(x: self ref Idx, w: string, ln: int);
	sorted:	fn(x: self ref Idx): array of ref Posting;
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*31 + s[i]) % NHASH;
	return h;
}

Idx.add(x: self ref Idx, w: string, ln: int)
{
	h := hash(w);
	for(l := x.tab[h]; l != nil; l = tl l){
		p := hd l;
		if(p.word == w){
			p.count++;
			if(hd p.lines != ln)
				p.lines = ln :: p.lines;
			return;
		}
	}
	x.tab[h] = ref Posting(w, ln :: nil, 1) :: x.tab[h];
	x.nword++;
}

Idx.sorted(x: self ref Idx): array of ref Posting
{
	a := array[x.nword] of ref Posting;
	n := 0;
	for(i := 0; i < len x.tab; i++)
		for(l := x.tab[i]; l != nil; l = tl l)
			a[n++] = hd l;
	# shell sort by word
	for(gap := n/2; gap > 0; gap /= 2)
		for(i = gap; i < n; i++)
			for(j := i-gap; j >= 0 && a[j].word > a[j+gap].word; j -= gap){
				t := a[j];
				a[j] = a[j+gap];
				a[j+gap] = t;
			}
	return a;
}

stop := array[] of {"the", "a", "of", "and", "to", "in", "is", "it"};

isstop(w: string): int
{
	for(i := 0; i < len stop; i++)
		if(stop[i] == w)
			return 1;
	return 0;
}

text := array[] of {
	"The Dis virtual machine executes Limbo programs.",
	"Limbo is a concurrent language; channels connect threads.",
	"A module is loaded at run time, and the loader checks types.",
	"Channels carry values of any type, even other channels.",
	"The machine is portable: it runs on many processors.",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := ref Idx(array[NHASH] of list of ref Posting, 0);
	total := 0;
	for(i := 0; i < len text; i++){
		(nil, ws) := sys->tokenize(text[i], " \t.,;:");
		for(; ws != nil; ws = tl ws){
			w := lowercase(hd ws);
			total++;
			if(!isstop(w))
				x.add(w, i+1);
		}
	}
	sys->print("%d words, %d distinct indexed\n", total, x.nword);
	a := x.sorted();
	for(i = 0; i < len a; i++){
		p := a[i];
		s := "";
		for(l := p.lines; l != nil; l = tl l)
			s = sys->sprint(" %d", hd l) + s;
		if(p.count > 1 || len p.word > 8)
			sys->print("%-12s %d:%s\n", p.word, p.count, s);
	}
}

lowercase(s: string): string
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
