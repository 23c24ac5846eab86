implement Tokenize;

include "sys.m";
	sys: Sys;
include "draw.m";

Tokenize: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	sys->print("%q by %q -> %d:", s, delim, n);
	for(; l != nil; l = tl l)
		sys->print(" [%s]", hd l);
	sys->print("\n");
}

# parse "name=value" pairs separated by '&'
Kv: adt {
	k, v:	string;
};

parseq(q: string): array of Kv
{
	(n, l) := sys->tokenize(q, "&");
	a := array[n] of Kv;
	for(i := 0; l != nil; l = tl l){
		(m, kv) := sys->tokenize(hd l, "=");
		case m {
		0 =>
			a[i] = Kv("", "");
		1 =>
			a[i] = Kv(hd kv, "");
		* =>
			a[i] = Kv(hd kv, hd tl kv);
		}
		i++;
	}
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("the quick  brown   fox", " ");
	show("  leading and trailing  ", " ");
	show("a,b;c d,,e", ",; ");
	show("", " ");
	show("     ", " ");
	show("nodelims", "");
	show("x\ty\nz", " \t\n");
	show("/usr/lib/dict/words", "/");
	show("αβ γδ,ε", " ,");

	a := parseq("user=ann&lang=limbo&debug&size=10&=x");
	for(i := 0; i < len a; i++)
		sys->print("kv[%d] %q = %q\n", i, a[i].k, a[i].v);

	# word frequency via tokenize
	text := "to be or not to be that is the question to ask";
	(nw, words) := sys->tokenize(text, " ");
	seen: list of (string, int);
	for(; words != nil; words = tl words){
		w := hd words;
		found := 0;
		nl: list of (string, int);
		for(s := seen; s != nil; s = tl s){
			(sw, c) := hd s;
			if(sw == w){
				c++;
				found = 1;
			}
			nl = (sw, c) :: nl;
		}
		if(!found)
			nl = (w, 1) :: nl;
		seen = nl;
	}
	sys->print("%d words\n", nw);
	# print those occurring more than once, in a stable order: by count then name
	for(c := 3; c >= 2; c--)
		for(s := seen; s != nil; s = tl s){
			(w, k) := hd s;
			if(k == c)
				sys->print("%s x%d\n", w, k);
		}
}
