implement Anagram;

include "sys.m";
	sys: Sys;
include "draw.m";

Anagram: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Group: adt {
	key:	string;
	words:	list of string;
	n:	int;
};

sortchars(s: string): string
{
	a := array[len s] of int;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		a[i] = c;
	}
	# shell sort
	for(gap := len a / 2; gap > 0; gap /= 2)
		for(i = gap; i < len a; i++)
			for(j := i - gap; j >= 0 && a[j] > a[j+gap]; j -= gap)
				(a[j], a[j+gap]) = (a[j+gap], a[j]);
	r := "";
	for(i = 0; i < len a; i++)
		r[len r] = a[i];
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "listen silent enlist tinsel google elgoog stone tones notes onset Steno " +
		"evil vile live veil Levi alone cat act tac dog god odg bird";
	(nil, words) := sys->tokenize(text, " ");
	groups: list of ref Group;
	for(; words != nil; words = tl words){
		w := hd words;
		k := sortchars(w);
		found: ref Group;
		for(g := groups; g != nil; g = tl g)
			if((hd g).key == k){
				found = hd g;
				break;
			}
		if(found == nil){
			found = ref Group(k, nil, 0);
			groups = found :: groups;
		}
		found.words = w :: found.words;
		found.n++;
	}
	# to array, sort by size desc then key
	ga := array[len groups] of ref Group;
	i := 0;
	for(; groups != nil; groups = tl groups)
		ga[i++] = hd groups;
	for(i = 1; i < len ga; i++)
		for(j := i; j > 0; j--){
			a := ga[j-1];
			b := ga[j];
			if(a.n < b.n || (a.n == b.n && a.key > b.key))
				(ga[j-1], ga[j]) = (b, a);
			else
				break;
		}
	for(i = 0; i < len ga; i++){
		g := ga[i];
		s := "";
		for(l := g.words; l != nil; l = tl l)
			s = hd l + " " + s;
		sys->print("%-8s %d: %s\n", g.key, g.n, s);
	}
	sys->print("sortchars(%q) = %q\n", "Mississippi", sortchars("Mississippi"));
	sys->print("sortchars(%q) = %q\n", "żółw", sortchars("żółw"));
}
