implement Trie;

include "sys.m";
	sys: Sys;
include "draw.m";

Trie: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	c:	int;
	kids:	cyclic list of ref Node;
	term:	int;
	hits:	int;

	child:	fn(n: self ref Node, c: int): ref Node;
	insert:	fn(n: self ref Node, w: string, hits: int);
	find:	fn(n: self ref Node, p: string): ref Node;
	collect:	fn(n: self ref Node, prefix: string, acc: list of (string, int)): list of (string, int);
};

Node.child(n: self ref Node, c: int): ref Node
{
	for(l := n.kids; l != nil; l = tl l)
		if((hd l).c == c)
			return hd l;
	return nil;
}

Node.insert(n: self ref Node, w: string, hits: int)
{
	for(i := 0; i < len w; i++){
		k := n.child(w[i]);
		if(k == nil){
			k = ref Node(w[i], nil, 0, 0);
			# keep children sorted by character
			prev: list of ref Node;
			rest := n.kids;
			while(rest != nil && (hd rest).c < w[i]){
				prev = hd rest :: prev;
				rest = tl rest;
			}
			rest = k :: rest;
			for(; prev != nil; prev = tl prev)
				rest = hd prev :: rest;
			n.kids = rest;
		}
		n = k;
	}
	n.term = 1;
	n.hits += hits;
}

Node.find(n: self ref Node, p: string): ref Node
{
	for(i := 0; i < len p && n != nil; i++)
		n = n.child(p[i]);
	return n;
}

Node.collect(n: self ref Node, prefix: string, acc: list of (string, int)): list of (string, int)
{
	if(n.term)
		acc = (prefix, n.hits) :: acc;
	for(l := n.kids; l != nil; l = tl l){
		k := hd l;
		s := prefix;
		s[len s] = k.c;
		acc = k.collect(s, acc);
	}
	return acc;
}

complete(root: ref Node, p: string, max: int): string
{
	n := root.find(p);
	if(n == nil)
		return "(none)";
	l := n.collect(p, nil);
	# sort by hits descending then alphabetically: selection into array
	a := array[len l] of (string, int);
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 0; i < len a; i++)
		for(j := i+1; j < len a; j++){
			(wi, hi) := a[i];
			(wj, hj) := a[j];
			if(hj > hi || (hj == hi && wj < wi))
				(a[i], a[j]) = (a[j], a[i]);
		}
	s := "";
	for(i = 0; i < len a && i < max; i++)
		s += sys->sprint("%s(%d) ", a[i].t0, a[i].t1);
	return s;
}

count(n: ref Node): (int, int)
{
	nodes := 1;
	words := n.term;
	for(l := n.kids; l != nil; l = tl l){
		(a, b) := count(hd l);
		nodes += a;
		words += b;
	}
	return (nodes, words);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	root := ref Node(0, nil, 0, 0);
	vocab := "print 50 printf 10 sprint 30 spawn 12 sprintf 2 sys 80 string 40 strlen 3 " +
		"struct 7 switch 5 size 9 sizeof 1 über 4 überall 2 ünïcødé 1 print 5";
	(nil, toks) := sys->tokenize(vocab, " ");
	while(toks != nil){
		w := hd toks;
		h := int hd tl toks;
		toks = tl tl toks;
		root.insert(w, h);
	}
	(nn, nw) := count(root);
	sys->print("trie: %d nodes, %d words\n", nn, nw);
	prefixes := array[] of {"pr", "s", "sp", "str", "si", "ü", "x", "print", ""};
	for(i := 0; i < len prefixes; i++)
		sys->print("%-6q -> %s\n", prefixes[i], complete(root, prefixes[i], 4));
	n := root.find("ünïcødé");
	if(n != nil)
		sys->print("found unicode word, last char U+%.4X\n", n.c);
}
