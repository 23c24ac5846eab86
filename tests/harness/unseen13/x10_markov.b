#args: 2 40
implement Markov;

include "sys.m";
	sys: Sys;
include "draw.m";

Markov: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Rand: adt {
	seed:	int;
	intn:	fn(r: self ref Rand, n: int): int;
};

Suffixes: adt {
	words:	list of string;
	count:	int;
};

Entry: adt {
	prefix:	string;
	suf:	ref Suffixes;
	next:	cyclic ref Entry;
};

Chain: adt {
	order:	int;
	table:	array of ref Entry;
	nprefix:	int;
	new:	fn(order: int): ref Chain;
	lookup:	fn(c: self ref Chain, prefix: string, create: int): ref Suffixes;
	add:	fn(c: self ref Chain, words: array of string);
	generate:	fn(c: self ref Chain, r: ref Rand, n: int): string;
};

NONWORD: con "\n";

corpus := "the quick brown fox jumps over the lazy dog and the lazy dog " +
	"sleeps in the sun while the quick cat watches the brown fox run " +
	"over the hill and the dog wakes and the fox jumps over the fence " +
	"and the cat sleeps in the warm sun by the old brown fence";

Rand.intn(r: self ref Rand, n: int): int
{
	r.seed = (r.seed * 69069 + 1) & 16r7FFFFFFF;
	return (r.seed >> 4) % n;
}

hash(s: string, n: int): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16rFFFFFF;
	return h % n;
}

Chain.new(order: int): ref Chain
{
	return ref Chain(order, array[101] of ref Entry, 0);
}

Chain.lookup(c: self ref Chain, prefix: string, create: int): ref Suffixes
{
	h := hash(prefix, len c.table);
	for(e := c.table[h]; e != nil; e = e.next)
		if(e.prefix == prefix) return e.suf;
	if(!create) return nil;
	e = ref Entry(prefix, ref Suffixes(nil, 0), c.table[h]);
	c.table[h] = e;
	c.nprefix++;
	return e.suf;
}

join(a: array of string): string
{
	s := "";
	for(i := 0; i < len a; i++){
		if(i > 0)
			s += " ";
		s += a[i];
	}
	return s;
}

Chain.add(c: self ref Chain, words: array of string)
{
	pre := array[c.order] of {* => NONWORD};
	for(i := 0; i <= len words; i++){
		w := NONWORD;
		if(i < len words)
			w = words[i];
		s := c.lookup(join(pre), 1);
		s.words = w :: s.words;
		s.count++;
		pre[0:] = pre[1:];
		pre[c.order-1] = w;
	}
}

Chain.generate(c: self ref Chain, r: ref Rand, n: int): string
{
	pre := array[c.order] of {* => NONWORD};
	out := "";
	for(i := 0; i < n; i++){
		s := c.lookup(join(pre), 0);
		if(s == nil) break;
		k := r.intn(s.count);
		l := s.words;
		while(k-- > 0)
			l = tl l;
		w := hd l;
		if(w == NONWORD) break;
		if(out != "")
			out += " ";
		out += w;
		pre[0:] = pre[1:];
		pre[c.order-1] = w;
	}
	return out;
}

wrap(s: string, width: int)
{
	(nil, words) := sys->tokenize(s, " ");
	line := "";
	for(; words != nil; words = tl words){
		if(len line + 1 + len hd words > width){
			sys->print("  %s\n", line);
			line = "";
		}
		if(line != "")
			line += " ";
		line += hd words;
	}
	if(line != "")
		sys->print("  %s\n", line);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	order := 2;
	nwords := 30;
	argv = tl argv;
	if(argv != nil){
		order = int hd argv;
		argv = tl argv;
	}
	if(argv != nil)
		nwords = int hd argv;
	(n, wl) := sys->tokenize(corpus, " ");
	words := array[n] of string;
	for(i := 0; wl != nil; wl = tl wl)
		words[i++] = hd wl;
	for(o := 1; o <= order; o++){
		c := Chain.new(o);
		c.add(words);
		sys->print("order %d: %d words, %d prefixes\n", o, n, c.nprefix);
		for(seed := 1; seed <= 3; seed++){
			text := c.generate(ref Rand(seed * 7919), nwords);
			sys->print(" seed %d:\n", seed);
			wrap(text, 60);
		}
	}
	s := Chain.new(order).lookup("the quick", 0);
	sys->print("lookup in empty chain: %d\n", s.count);
}
