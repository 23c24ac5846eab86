implement BstNil;

include "sys.m";
	sys: Sys;
include "draw.m";

BstNil: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key:	int;
	count:	int;
	left, right:	cyclic ref Tree;
};

insert(t: ref Tree, k: int): ref Tree
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

inorder(t: ref Tree, l: list of int): list of int
{
	if(t == nil)
		return l;
	l = inorder(t.right, l);
	for(i := 0; i < t.count; i++)
		l = t.key :: l;
	return inorder(t.left, l);
}

# k-th smallest, 1-based, counting duplicates
size(t: ref Tree): int
{
	if(t == nil)
		return 0;
	return size(t.left) + t.count + size(t.right);
}

kth(t: ref Tree, k: int): int
{
	for(;;){
		ls := size(t.left);
		if(k <= ls)
			t = t.left;
		else if(k <= ls + t.count)
			return t.key;
		else{
			k -= ls + t.count;
			t = t.right;	# nil when k is beyond the tree
		}
	}
}

successor(t: ref Tree, k: int): int
{
	best := -1;
	while(t != nil){
		if(t.key > k){
			best = t.key;
			t = t.left;
		}else
			t = t.right;
	}
	return best;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	root: ref Tree;
	v := 1;
	for(i := 0; i < 30; i++){
		v = (v * 17 + 5) % 64;
		root = insert(root, v);
	}
	sys->print("size %d height %d root %d\n", size(root), height(root), root.key);
	sys->print("sorted:");
	for(l := inorder(root, nil); l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
	for(k := 10; k < 60; k += 12)
		sys->print("successor(%d) = %d\n", k, successor(root, k));
	n := size(root);
	for(k = 1; k <= n; k += 7)
		sys->print("kth(%d) = %d\n", k, kth(root, k));
	sys->print("median = %d\n", kth(root, (n + 1) / 2));
	sys->print("kth(%d) = ", n + 1);
	sys->print("%d\n", kth(root, n + 1));
}
