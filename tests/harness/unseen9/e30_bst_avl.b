implement BstAvl;

include "sys.m";
	sys: Sys;
include "draw.m";

BstAvl: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Tree: adt {
	key:	int;
	h:	int;
	size:	int;
	left, right:	cyclic ref Tree;
};

height(t: ref Tree): int
{
	if(t == nil)
		return 0;
	return t.h;
}

size(t: ref Tree): int
{
	if(t == nil)
		return 0;
	return t.size;
}

fix(t: ref Tree)
{
	hl := height(t.left);
	hr := height(t.right);
	if(hl > hr)
		t.h = hl + 1;
	else
		t.h = hr + 1;
	t.size = size(t.left) + size(t.right) + 1;
}

# plain BST insertion
insert(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, 1, 1, nil, nil);
	if(k < t.key)
		t.left = insert(t.left, k);
	else if(k > t.key)
		t.right = insert(t.right, k);
	fix(t);
	return t;
}

rotright(t: ref Tree): ref Tree
{
	l := t.left;
	t.left = l.right;
	l.right = t;
	fix(t);
	fix(l);
	return l;
}

rotleft(t: ref Tree): ref Tree
{
	r := t.right;
	t.right = r.left;
	r.left = t;
	fix(t);
	fix(r);
	return r;
}

rotations := 0;

balance(t: ref Tree): ref Tree
{
	fix(t);
	bf := height(t.left) - height(t.right);
	if(bf > 1){
		if(height(t.left.left) < height(t.left.right)){
			t.left = rotleft(t.left);
			rotations++;
		}
		rotations++;
		return rotright(t);
	}
	if(bf < -1){
		if(height(t.right.right) < height(t.right.left)){
			t.right = rotright(t.right);
			rotations++;
		}
		rotations++;
		return rotleft(t);
	}
	return t;
}

avlinsert(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, 1, 1, nil, nil);
	if(k < t.key)
		t.left = avlinsert(t.left, k);
	else if(k > t.key)
		t.right = avlinsert(t.right, k);
	return balance(t);
}

minnode(t: ref Tree): ref Tree
{
	while(t.left != nil)
		t = t.left;
	return t;
}

delete(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return nil;
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
		t.key = m.key;
		t.right = delete(t.right, m.key);
	}
	fix(t);
	return t;
}

# k-th smallest, 1-based, using subtree sizes
kth(t: ref Tree, k: int): int
{
	while(t != nil){
		ls := size(t.left);
		if(k == ls + 1)
			return t.key;
		if(k <= ls)
			t = t.left;
		else{
			k -= ls + 1;
			t = t.right;
		}
	}
	return -1;
}

inorder(t: ref Tree, acc: list of int): list of int
{
	if(t == nil)
		return acc;
	return inorder(t.left, t.key :: inorder(t.right, acc));
}

range(t: ref Tree, lo, hi: int): int
{
	if(t == nil)
		return 0;
	if(t.key < lo)
		return range(t.right, lo, hi);
	if(t.key > hi)
		return range(t.left, lo, hi);
	return 1 + range(t.left, lo, hi) + range(t.right, lo, hi);
}

shape(t: ref Tree): string
{
	if(t == nil)
		return ".";
	if(t.left == nil && t.right == nil)
		return string t.key;
	return "(" + shape(t.left) + " " + string t.key + " " + shape(t.right) + ")";
}

plist(name: string, l: list of int)
{
	sys->print("%s:", name);
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	keys := array[] of {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30};
	t: ref Tree;
	for(i := 0; i < len keys; i++)
		t = insert(t, keys[i]);
	sys->print("bst %s size %d height %d\n", shape(t), size(t), height(t));
	plist("inorder", inorder(t, nil));
	sys->print("kth: 1=%d 5=%d 10=%d 11=%d; in [33,62]: %d\n", kth(t, 1), kth(t, 5), kth(t, 10), kth(t, 11), range(t, 33, 62));

	for(d := array[] of {20, 30, 50, 99}; len d > 0; d = d[1:]){
		t = delete(t, d[0]);
		sys->print("delete %d -> %s\n", d[0], shape(t));
	}

	# sorted input degenerates a plain BST but not an AVL tree
	plain: ref Tree;
	avl: ref Tree;
	for(i = 1; i <= 500; i++){
		plain = insert(plain, i);
		avl = avlinsert(avl, i);
	}
	sys->print("500 sorted keys: plain height %d, avl height %d after %d rotations\n",
		height(plain), height(avl), rotations);
	sys->print("avl kth(250)=%d, range [100,199]=%d, root %d\n", kth(avl, 250), range(avl, 100, 199), avl.key);

	small: ref Tree;
	rotations = 0;
	seq := array[] of {3, 1, 4, 5, 9, 2, 6};
	for(i = 0; i < len seq; i++)
		small = avlinsert(small, seq[i]);
	sys->print("avl of 3 1 4 5 9 2 6: %s (%d rotations)\n", shape(small), rotations);

	# empty the tree, then carelessly ask for its minimum
	for(l := inorder(small, nil); l != nil; l = tl l)
		small = delete(small, hd l);
	sys->print("emptied: size %d\n", size(small));
	sys->print("minimum is %d\n", minnode(small).key);
}
