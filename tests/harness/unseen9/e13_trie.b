implement TrieTest;

include "sys.m";
	sys: Sys;
include "draw.m";

TrieTest: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# first-child/next-sibling trie: each node is a ref adt
Node: adt {
	c:	int;
	count:	int;	# words ending here
	prefix:	int;	# words passing through
	kid:	cyclic ref Node;
	sib:	cyclic ref Node;
};

Trie: adt {
	root:	ref Node;
	nodes:	int;

	new:	fn(): ref Trie;
	add:	fn(t: self ref Trie, w: string);
	find:	fn(t: self ref Trie, w: string): ref Node;
	remove:	fn(t: self ref Trie, w: string): int;
};

Trie.new(): ref Trie
{
	return ref Trie(ref Node(0, 0, 0, nil, nil), 1);
}

child(n: ref Node, c: int): ref Node
{
	for(k := n.kid; k != nil; k = k.sib)
		if(k.c == c)
			return k;
	return nil;
}

Trie.add(t: self ref Trie, w: string)
{
	n := t.root;
	n.prefix++;
	for(i := 0; i < len w; i++){
		k := child(n, w[i]);
		if(k == nil){
			# keep siblings sorted by character
			k = ref Node(w[i], 0, 0, nil, nil);
			t.nodes++;
			if(n.kid == nil || n.kid.c > w[i]){
				k.sib = n.kid;
				n.kid = k;
			}else{
				p := n.kid;
				while(p.sib != nil && p.sib.c < w[i])
					p = p.sib;
				k.sib = p.sib;
				p.sib = k;
			}
		}
		k.prefix++;
		n = k;
	}
	n.count++;
}

Trie.find(t: self ref Trie, w: string): ref Node
{
	n := t.root;
	for(i := 0; i < len w && n != nil; i++)
		n = child(n, w[i]);
	return n;
}

Trie.remove(t: self ref Trie, w: string): int
{
	n := t.find(w);
	if(n == nil || n.count == 0)
		return 0;
	n = t.root;
	n.prefix--;
	for(i := 0; i < len w; i++){
		k := child(n, w[i]);
		k.prefix--;
		if(k.prefix == 0){
			# unlink the whole dead branch
			if(n.kid == k)
				n.kid = k.sib;
			else{
				p := n.kid;
				while(p.sib != k)
					p = p.sib;
				p.sib = k.sib;
			}
			t.nodes -= size(k);
			return 1;
		}
		n = k;
	}
	n.count--;
	return 1;
}

size(n: ref Node): int
{
	s := 1;
	for(k := n.kid; k != nil; k = k.sib)
		s += size(k);
	return s;
}

# collect words below a node in lexicographic order
walk(n: ref Node, pre: string, acc: list of string): list of string
{
	if(n.count > 0)
		acc = pre :: acc;
	for(k := n.kid; k != nil; k = k.sib){
		s := pre;
		s[len s] = k.c;
		acc = walk(k, s, acc);
	}
	return acc;
}

complete(t: ref Trie, pre: string): list of string
{
	n := t.find(pre);
	if(n == nil)
		return nil;
	r: list of string;
	for(l := walk(n, pre, nil); l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

longestcommon(t: ref Trie): string
{
	s := "";
	n := t.root;
	while(n.kid != nil && n.kid.sib == nil && n.count == 0){
		n = n.kid;
		s[len s] = n.c;
	}
	return s;
}

show(name: string, l: list of string)
{
	sys->print("%s (%d):", name, len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	t := Trie.new();
	text := "the theory of the thermal thesis then the thin thing thinks " +
		"that those three thieves thrived there though thorough throngs threw " +
		"tea to ten tall teachers";
	(nil, words) := sys->tokenize(text, " ");
	for(l := words; l != nil; l = tl l)
		t.add(hd l);
	sys->print("%d words, %d nodes\n", t.root.prefix, t.nodes);

	show("th", complete(t, "th"));
	show("thi", complete(t, "thi"));
	show("te", complete(t, "te"));
	show("q", complete(t, "q"));

	n := t.find("the");
	sys->print("'the' occurs %d times, prefix of %d words\n", n.count, n.prefix);
	n = t.find("thr");
	sys->print("'thr' prefix of %d words\n", n.prefix);

	r1 := t.remove("thermal");
	r2 := t.remove("thermal");
	r3 := t.remove("xyz");
	sys->print("remove thermal: %d, remove thermal again: %d, remove xyz: %d\n", r1, r2, r3);
	r1 = t.remove("the");
	sys->print("remove the: %d; 'the' now %d; nodes %d\n", r1, t.find("the").count, t.nodes);
	show("ther", complete(t, "ther"));

	u := Trie.new();
	for(l = "interspecies" :: "interstellar" :: "interstate" :: "internal" :: nil; l != nil; l = tl l)
		u.add(hd l);
	sys->print("longest common prefix: %s\n", longestcommon(u));
	show("all", complete(u, ""));
}
