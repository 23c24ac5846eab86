implement BST;

include "sys.m";
	sys: Sys;
include "draw.m";

BST: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key:	string;
	count:	int;
	left:	cyclic ref Tree;
	right:	cyclic ref Tree;
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

minnode(t: ref Tree): ref Tree
{
	while(t.left != nil)
		t = t.left;
	return t;
}

delete(t: ref Tree, k: string): ref Tree
{
	if(t == nil){
		sys->print("delete %s: not found\n", k);
		return nil;
	}
	if(k < t.key)
		t.left = delete(t.left, k);
	else if(k > t.key)
		t.right = delete(t.right, k);
	else{
		if(t.left == nil)
			return t.right;
		if(t.right == nil)
			return t.left;
		m := minnode(t.right);
		sys->print("delete %s: replaced by successor %s\n", k, m.key);
		t.key = m.key;
		t.count = m.count;
		t.right = delete(t.right, m.key);
	}
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

inorder(t: ref Tree, f: ref fn(t: ref Tree))
{
	if(t == nil)
		return;
	inorder(t.left, f);
	f(t);
	inorder(t.right, f);
}

printnode(t: ref Tree)
{
	sys->print(" %s", t.key);
	if(t.count > 1)
		sys->print("x%d", t.count);
}

draw(t: ref Tree, indent: int)
{
	if(t == nil)
		return;
	draw(t.right, indent+1);
	for(i := 0; i < indent; i++)
		sys->print("    ");
	sys->print("%s\n", t.key);
	draw(t.left, indent+1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "the quick brown fox jumps over the lazy dog and the cat";
	(n, toks) := sys->tokenize(words, " ");
	sys->print("%d words\n", n);
	root: ref Tree;
	for(; toks != nil; toks = tl toks)
		root = insert(root, hd toks);
	sys->print("inorder:");
	inorder(root, printnode);
	sys->print("\nheight %d\n", height(root));
	draw(root, 0);
	root = delete(root, "brown");
	root = delete(root, "quick");
	root = delete(root, "the");
	root = delete(root, "zebra");
	root = delete(root, "dog");
	sys->print("after deletes:");
	inorder(root, printnode);
	sys->print("\nheight %d\n", height(root));
	draw(root, 0);
}
