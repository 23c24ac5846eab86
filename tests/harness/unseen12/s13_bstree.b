implement BsTree;

include "sys.m";
	sys: Sys;
include "draw.m";

BsTree: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key: string;
	count: int;
	left, right: cyclic ref Tree;

	insert: fn(t: self ref Tree, k: string): ref Tree;
	height: fn(t: self ref Tree): int;
	size: fn(t: self ref Tree): int;
	walk: fn(t: self ref Tree, depth: int);
	remove: fn(t: self ref Tree, k: string): ref Tree;
	min: fn(t: self ref Tree): ref Tree;
};

Tree.insert(t: self ref Tree, k: string): ref Tree
{
	if(t == nil)
		return ref Tree(k, 1, nil, nil);
	if(k < t.key)
		t.left = t.left.insert(k);
	else if(k > t.key)
		t.right = t.right.insert(k);
	else
		t.count++;
	return t;
}

Tree.height(t: self ref Tree): int
{
	if(t == nil)
		return 0;
	l := t.left.height();
	r := t.right.height();
	if(l > r)
		return l + 1;
	return r + 1;
}

Tree.size(t: self ref Tree): int
{
	if(t == nil)
		return 0;
	return 1 + t.left.size() + t.right.size();
}

Tree.walk(t: self ref Tree, depth: int)
{
	if(t == nil)
		return;
	t.left.walk(depth + 1);
	sys->print("%*s%s x%d\n", depth * 2, "", t.key, t.count);
	t.right.walk(depth + 1);
}

Tree.min(t: self ref Tree): ref Tree
{
	while(t != nil && t.left != nil)
		t = t.left;
	return t;
}

Tree.remove(t: self ref Tree, k: string): ref Tree
{
	if(t == nil)
		return nil;
	if(k < t.key)
		t.left = t.left.remove(k);
	else if(k > t.key)
		t.right = t.right.remove(k);
	else if(t.left == nil)
		return t.right;
	else if(t.right == nil)
		return t.left;
	else {
		m := t.right.min();
		t.key = m.key;
		t.count = m.count;
		t.right = t.right.remove(m.key);
	}
	return t;
}

# flatten in order into a list (built backwards, then returned)
flatten(t: ref Tree, acc: list of string): list of string
{
	if(t == nil)
		return acc;
	acc = flatten(t.right, acc);
	acc = t.key :: acc;
	return flatten(t.left, acc);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	text := "the quick brown fox jumps over the lazy dog the fox naps under a quick tree";
	root: ref Tree;
	(nil, words) := sys->tokenize(text, " ");
	for(l := words; l != nil; l = tl l)
		root = root.insert(hd l);
	sys->print("words %d distinct %d height %d\n", len words, root.size(), root.height());
	root.walk(0);

	for(r := array[] of {"the", "quick", "zzz", "brown", "a"}; len r > 0; r = r[1:]) {
		before := root.size();
		root = root.remove(r[0]);
		sys->print("remove %q: %d -> %d\n", r[0], before, root.size());
	}
	sys->print("height now %d\n", root.height());
	sys->print("in order:");
	for(f := flatten(root, nil); f != nil; f = tl f)
		sys->print(" %s", hd f);
	sys->print("\n");

	# a degenerate tree from sorted input
	chain: ref Tree;
	for(i := 0; i < 20; i++)
		chain = chain.insert(sys->sprint("k%.2d", i));
	sys->print("sorted input: size %d height %d min %s\n",
		chain.size(), chain.height(), chain.min().key);

	empty: ref Tree;
	sys->print("empty: size %d height %d min-is-nil %d\n",
		empty.size(), empty.height(), empty.min() == nil);
}
