implement BstTree;

include "sys.m";
	sys: Sys;
include "draw.m";

BstTree: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key: string;
	count: int;
	left, right: cyclic ref Tree;
};

insert(t: ref Tree, k: string): ref Tree
{
	if(t == nil)
		return ref Tree(k, 1, nil, nil);
	if(k < t.key)
		t.left = insert(t.left, k);
	else if(k > t.key)
		t.right = insert(t.right, k);
	else
		t.count++;
	return t;
}

height(t: ref Tree): int
{
	if(t == nil)
		return 0;
	l := height(t.left);
	r := height(t.right);
	if(l > r)
		return l + 1;
	return r + 1;
}

inorder(t: ref Tree, acc: list of (string, int)): list of (string, int)
{
	if(t == nil)
		return acc;
	acc = inorder(t.right, acc);
	acc = (t.key, t.count) :: acc;
	return inorder(t.left, acc);
}

minnode(t: ref Tree): ref Tree
{
	while(t.left != nil)
		t = t.left;
	return t;
}

delete(t: ref Tree, k: string): ref Tree
{
	if(t == nil)
		return nil;
	if(k < t.key)
		t.left = delete(t.left, k);
	else if(k > t.key)
		t.right = delete(t.right, k);
	else {
		if(t.left == nil)
			return t.right;
		if(t.right == nil)
			return t.left;
		m := minnode(t.right);
		t.key = m.key;
		t.count = m.count;
		t.right = delete(t.right, m.key);
	}
	return t;
}

show(t: ref Tree, depth: int)
{
	if(t == nil)
		return;
	show(t.left, depth+1);
	pad := "";
	for(i := 0; i < depth; i++)
		pad += "  ";
	sys->print("%s%s(%d)\n", pad, t.key, t.count);
	show(t.right, depth+1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "the quick brown fox jumps over the lazy dog and the quick cat naps";
	root: ref Tree;
	(n, toks) := sys->tokenize(words, " ");
	sys->print("%d words\n", n);
	for(; toks != nil; toks = tl toks)
		root = insert(root, hd toks);
	sys->print("height %d\n", height(root));
	show(root, 0);
	for(l := inorder(root, nil); l != nil; l = tl l){
		(k, c) := hd l;
		if(c > 1)
			sys->print("dup %s x%d\n", k, c);
	}
	root = delete(root, "the");
	root = delete(root, "quick");
	root = delete(root, "zebra");
	s := "";
	for(l = inorder(root, nil); l != nil; l = tl l){
		(k, nil) := hd l;
		s += k + ",";
	}
	sys->print("after delete: %s\n", s);
	sys->fprint(sys->fildes(2), "final height %d\n", height(root));
}
