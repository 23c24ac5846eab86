implement TrieWords;

include "sys.m";
	sys: Sys;
include "draw.m";

TrieWords: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Trie: adt {
	kids: cyclic array of ref Trie;
	end: int;
	npass: int;

	new: fn(): ref Trie;
	insert: fn(t: self ref Trie, w: string);
	find: fn(t: self ref Trie, w: string): ref Trie;
	collect: fn(t: self ref Trie, prefix: string, acc: list of string): list of string;
	nodes: fn(t: self ref Trie): int;
};

Trie.new(): ref Trie
{
	return ref Trie(array[26] of ref Trie, 0, 0);
}

Trie.insert(t: self ref Trie, w: string)
{
	for(i := 0; i < len w; i++){
		c := w[i] - 'a';
		if(c < 0 || c >= 26)
			raise sys->sprint("bad letter %c in %s", w[i], w);
		if(t.kids[c] == nil)
			t.kids[c] = Trie.new();
		t = t.kids[c];
		t.npass++;
	}
	t.end++;
}

Trie.find(t: self ref Trie, w: string): ref Trie
{
	for(i := 0; i < len w && t != nil; i++)
		t = t.kids[w[i] - 'a'];
	return t;
}

Trie.collect(t: self ref Trie, prefix: string, acc: list of string): list of string
{
	for(c := 25; c >= 0; c--)
		if(t.kids[c] != nil){
			p := prefix;
			p[len p] = 'a' + c;
			acc = t.kids[c].collect(p, acc);
		}
	if(t.end)
		acc = prefix :: acc;
	return acc;
}

Trie.nodes(t: self ref Trie): int
{
	n := 1;
	for(c := 0; c < 26; c++)
		if(t.kids[c] != nil)
			n += t.kids[c].nodes();
	return n;
}

join(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l){
		if(s != "")
			s += " ";
		s += hd l;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	root := Trie.new();
	words := "car cart carbon care cat dog do dot door card care Zebra zoo zoom";
	(nil, wl) := sys->tokenize(words, " ");
	for(; wl != nil; wl = tl wl){
		{
			root.insert(hd wl);
		} exception e {
			"bad letter*" =>
				sys->fprint(sys->fildes(2), "skip: %s\n", e);
		}
	}
	sys->print("nodes %d\n", root.nodes());
	sys->print("all: %s\n", join(root.collect("", nil)));
	prefixes := array[] of {"car", "do", "z", "ca", "x", "cart"};
	for(i := 0; i < len prefixes; i++){
		n := root.find(prefixes[i]);
		if(n == nil){
			sys->print("%-4s: none\n", prefixes[i]);
			continue;
		}
		sys->print("%-4s: pass=%d end=%d words=%s\n", prefixes[i], n.npass, n.end, join(n.collect(prefixes[i], nil)));
	}
}
