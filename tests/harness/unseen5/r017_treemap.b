implement Treemap;

include "sys.m";
	sys: Sys;
include "draw.m";

Treemap: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	val:	int;
	left, right:	cyclic ref Node;
};

Map: adt {
	root:	ref Node;
	size:	int;

	put:	fn(m: self ref Map, k: string, v: int);
	get:	fn(m: self ref Map, k: string): (int, int);
	remove:	fn(m: self ref Map, k: string): int;
	keys:	fn(m: self ref Map): list of string;
	height:	fn(m: self ref Map): int;
	walk:	fn(m: self ref Map, f: ref fn(k: string, v: int));
};

Map.put(m: self ref Map, k: string, v: int)
{
	if(m.root == nil){
		m.root = ref Node(k, v, nil, nil);
		m.size++;
		return;
	}
	n := m.root;
	for(;;){
		if(k == n.key){
			n.val = v;
			return;
		}
		if(k < n.key){
			if(n.left == nil){
				n.left = ref Node(k, v, nil, nil);
				break;
			}
			n = n.left;
		}else{
			if(n.right == nil){
				n.right = ref Node(k, v, nil, nil);
				break;
			}
			n = n.right;
		}
	}
	m.size++;
}

Map.get(m: self ref Map, k: string): (int, int)
{
	for(n := m.root; n != nil; )
		if(k == n.key)
			return (1, n.val);
		else if(k < n.key)
			n = n.left;
		else
			n = n.right;
	return (0, 0);
}

delnode(n: ref Node, k: string): (ref Node, int)
{
	if(n == nil)
		return (nil, 0);
	found := 0;
	if(k < n.key)
		(n.left, found) = delnode(n.left, k);
	else if(k > n.key)
		(n.right, found) = delnode(n.right, k);
	else{
		if(n.left == nil)
			return (n.right, 1);
		if(n.right == nil)
			return (n.left, 1);
		# replace with successor
		s := n.right;
		while(s.left != nil)
			s = s.left;
		n.key = s.key;
		n.val = s.val;
		(n.right, nil) = delnode(n.right, s.key);
		found = 1;
	}
	return (n, found);
}

Map.remove(m: self ref Map, k: string): int
{
	found: int;
	(m.root, found) = delnode(m.root, k);
	if(found)
		m.size--;
	return found;
}

inorder(n: ref Node, f: ref fn(k: string, v: int))
{
	if(n == nil)
		return;
	inorder(n.left, f);
	f(n.key, n.val);
	inorder(n.right, f);
}

Map.walk(m: self ref Map, f: ref fn(k: string, v: int))
{
	inorder(m.root, f);
}

collected: list of string;

collect(k: string, nil: int)
{
	collected = k :: collected;
}

Map.keys(m: self ref Map): list of string
{
	collected = nil;
	m.walk(collect);
	r: list of string;
	for(; collected != nil; collected = tl collected)
		r = hd collected :: r;
	return r;
}

h(n: ref Node): int
{
	if(n == nil)
		return 0;
	a := h(n.left);
	b := h(n.right);
	if(a > b)
		return a+1;
	return b+1;
}

Map.height(m: self ref Map): int
{
	return h(m.root);
}

printkv(k: string, v: int)
{
	sys->print("  %-8s %3d\n", k, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "the quick brown fox jumps over the lazy dog the fox barks and the dog runs";
	m := ref Map(nil, 0);
	(nil, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words){
		(ok, c) := m.get(hd words);
		if(!ok)
			c = 0;
		m.put(hd words, c+1);
	}
	sys->print("size %d height %d\n", m.size, m.height());
	m.walk(printkv);
	for(l := "fox" :: "cat" :: "the" :: "zebra" :: nil; l != nil; l = tl l){
		(ok, v) := m.get(hd l);
		sys->print("get %s: %d %d\n", hd l, ok, v);
	}
	r1 := m.remove("the");
	r2 := m.remove("quick");
	sys->print("remove the=%d quick=%d height=%d\n", r1, r2, m.height());
	sys->print("remove missing=%d\n", m.remove("nope"));
	s := "";
	for(k := m.keys(); k != nil; k = tl k)
		s += " " + hd k;
	sys->print("keys:%s\nsize %d\n", s, m.size);
}
