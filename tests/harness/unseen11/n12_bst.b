#args: 50 30 70 20 40 60 80 35 45 65 30 55
implement Bst;

include "sys.m";
	sys: Sys;
include "draw.m";

Bst: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key:	int;
	count:	int;
	left, right:	cyclic ref Tree;

	insert:	fn(t: self ref Tree, k: int): ref Tree;
	delete:	fn(t: self ref Tree, k: int): ref Tree;
	height:	fn(t: self ref Tree): int;
	size:	fn(t: self ref Tree): int;
	walk:	fn(t: self ref Tree, f: ref fn(t: ref Tree));
	min:	fn(t: self ref Tree): ref Tree;
};

# methods are called through nil references too: a nil tree is empty
Tree.insert(t: self ref Tree, k: int): ref Tree
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

Tree.min(t: self ref Tree): ref Tree
{
	while(t.left != nil)
		t = t.left;
	return t;
}

Tree.delete(t: self ref Tree, k: int): ref Tree
{
	if(t == nil)
		return nil;
	if(k < t.key)
		t.left = t.left.delete(k);
	else if(k > t.key)
		t.right = t.right.delete(k);
	else if(t.count > 1)
		t.count--;
	else if(t.left == nil)
		return t.right;
	else if(t.right == nil)
		return t.left;
	else{
		m := t.right.min();
		(t.key, t.count) = (m.key, m.count);
		m.count = 1;
		t.right = t.right.delete(m.key);
	}
	return t;
}

Tree.height(t: self ref Tree): int
{
	if(t == nil)
		return 0;
	return 1 + max(t.left.height(), t.right.height());
}

Tree.size(t: self ref Tree): int
{
	if(t == nil)
		return 0;
	return t.count + t.left.size() + t.right.size();
}

Tree.walk(t: self ref Tree, f: ref fn(t: ref Tree))
{
	if(t == nil)
		return;
	t.left.walk(f);
	f(t);
	t.right.walk(f);
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

out := "";
show(t: ref Tree)
{
	out += " " + string t.key;
	if(t.count > 1)
		out += "x" + string t.count;
}

# breadth-first, level by level, with a list used as a queue
levels(t: ref Tree)
{
	q := t :: nil;
	for(lev := 0; q != nil; lev++){
		next: list of ref Tree;
		s := "";
		for(; q != nil; q = tl q){
			n := hd q;
			s += " " + string n.key;
			if(n.left != nil)
				next = n.left :: next;
			if(n.right != nil)
				next = n.right :: next;
		}
		sys->print("  level %d:%s\n", lev, s);
		for(; next != nil; next = tl next)
			q = hd next :: q;
	}
}

report(what: string, t: ref Tree)
{
	out = "";
	t.walk(show);
	sys->print("%s:%s  (size %d, height %d)\n", what, out, t.size(), t.height());
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	root: ref Tree;
	for(argv = tl argv; argv != nil; argv = tl argv)
		root = root.insert(int hd argv);
	report("inorder", root);
	levels(root);
	dels := array[] of {20, 30, 30, 70, 50, 99};
	for(i := 0; i < len dels; i++){
		root = root.delete(dels[i]);
		report(sys->sprint("del %d", dels[i]), root);
	}
	levels(root);
	empty: ref Tree;
	sys->print("empty: size %d height %d\n", empty.size(), empty.height());
	sys->print("min of empty tree...\n");
	sys->print("%d\n", empty.min().key);
}
