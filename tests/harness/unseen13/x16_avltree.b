implement AvlTree;

include "sys.m";
	sys: Sys;
include "draw.m";

AvlTree: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	count:	int;
	height:	int;
	left, right:	cyclic ref Node;
};

Tree: adt {
	root:	ref Node;
	size:	int;
	rotations:	int;
	insert:	fn(t: self ref Tree, key: string);
	find:	fn(t: self ref Tree, key: string): int;
	inorder:	fn(t: self ref Tree): list of ref Node;
	check:	fn(t: self ref Tree): int;
};

height(n: ref Node): int
{
	if(n == nil) return 0;
	return n.height;
}

fix(n: ref Node)
{
	l := height(n.left);
	r := height(n.right);
	if(l > r)
		n.height = l + 1;
	else
		n.height = r + 1;
}

rotright(t: ref Tree, n: ref Node): ref Node
{
	l := n.left;
	n.left = l.right;
	l.right = n;
	fix(n);
	fix(l);
	t.rotations++;
	return l;
}

rotleft(t: ref Tree, n: ref Node): ref Node
{
	r := n.right;
	n.right = r.left;
	r.left = n;
	fix(n);
	fix(r);
	t.rotations++;
	return r;
}

balance(t: ref Tree, n: ref Node): ref Node
{
	fix(n);
	bf := height(n.left) - height(n.right);
	if(bf > 1){
		if(height(n.left.left) < height(n.left.right))
			n.left = rotleft(t, n.left);
		return rotright(t, n);
	}
	if(bf < -1){
		if(height(n.right.right) < height(n.right.left))
			n.right = rotright(t, n.right);
		return rotleft(t, n);
	}
	return n;
}

ins(t: ref Tree, n: ref Node, key: string): ref Node
{
	if(n == nil){
		t.size++;
		return ref Node(key, 1, 1, nil, nil);
	}
	if(key < n.key)
		n.left = ins(t, n.left, key);
	else if(key > n.key)
		n.right = ins(t, n.right, key);
	else{
		n.count++;
		return n;
	}
	return balance(t, n);
}

Tree.insert(t: self ref Tree, key: string)
{
	t.root = ins(t, t.root, key);
}

Tree.find(t: self ref Tree, key: string): int
{
	n := t.root;
	while(n != nil){
		if(key == n.key) return n.count;
		if(key < n.key)
			n = n.left;
		else
			n = n.right;
	}
	return 0;
}

walk(n: ref Node, acc: list of ref Node): list of ref Node
{
	if(n == nil) return acc;
	acc = walk(n.right, acc);
	acc = n :: acc;
	return walk(n.left, acc);
}

Tree.inorder(t: self ref Tree): list of ref Node
{
	return walk(t.root, nil);
}

verify(n: ref Node): int
{
	if(n == nil) return 0;
	l := verify(n.left);
	r := verify(n.right);
	if(l - r > 1 || r - l > 1) raise "fail:unbalanced at " + n.key;
	if(n.left != nil && n.left.key >= n.key || n.right != nil && n.right.key <= n.key) raise "fail:order violated at " + n.key;
	if(l > r) return l + 1;
	return r + 1;
}

Tree.check(t: self ref Tree): int
{
	return verify(t.root);
}

shape(n: ref Node, depth: int)
{
	if(n == nil) return;
	shape(n.right, depth+1);
	pad := "";
	for(i := 0; i < depth; i++)
		pad += "    ";
	sys->print("%s%s(%d)\n", pad, n.key, n.height);
	shape(n.left, depth+1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "now is the time for all good men to come to the aid of the party " +
		"and the time is now for all good women to come to the aid of the party too";
	t := ref Tree(nil, 0, 0);
	(n, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words)
		t.insert(hd words);
	sys->print("%d words, %d distinct, height %d, %d rotations\n", n, t.size, t.check(), t.rotations);
	shape(t.root, 0);
	sys->print("frequencies:");
	for(l := t.inorder(); l != nil; l = tl l)
		if((hd l).count > 1)
			sys->print(" %s=%d", (hd l).key, (hd l).count);
	sys->print("\n");
	for(q := "the" :: "party" :: "zebra" :: nil; q != nil; q = tl q)
		sys->print("find %s: %d\n", hd q, t.find(hd q));
	s := ref Tree(nil, 0, 0);
	for(i := 0; i < 100; i++)
		s.insert(sys->sprint("k%03d", i));
	sys->print("sorted insert of 100 keys: height %d, %d rotations\n", s.check(), s.rotations);
}
