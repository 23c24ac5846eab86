implement Tree;

include "sys.m";
	sys: Sys;
include "draw.m";

Tree: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	val:	int;
	left, right:	cyclic ref Node;
};

insert(t: ref Node, k: string, v: int): ref Node
{
	if(t == nil)
		return ref Node(k, v, nil, nil);
	if(k < t.key)
		t.left = insert(t.left, k, v);
	else if(k > t.key)
		t.right = insert(t.right, k, v);
	else
		t.val += v;
	return t;
}

walk(t: ref Node, depth: int)
{
	if(t == nil)
		return;
	walk(t.left, depth+1);
	sys->print("%*s%s=%d\n", 2*depth, "", t.key, t.val);
	walk(t.right, depth+1);
}

lookup(t: ref Node, k: string): ref Node
{
	while(t != nil && t.key != k)
		if(k < t.key)
			t = t.left;
		else
			t = t.right;
	return t;
}

height(t: ref Node): int
{
	if(t == nil)
		return 0;
	l := height(t.left);
	r := height(t.right);
	if(l > r)
		return l+1;
	return r+1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	keys := array[] of {"mango", "apple", "pear", "kiwi", "banana", "apple", "zucchini", "fig", "pear", "apple"};
	root: ref Node;
	for(i := 0; i < len keys; i++)
		root = insert(root, keys[i], i+1);
	walk(root, 0);
	sys->print("height %d\n", height(root));
	for(q := array[] of {"kiwi", "apple", "cherry"}; len q > 0; q = q[1:]){
		n := lookup(root, q[0]);
		sys->print("lookup %s: val %d\n", q[0], n.val);
	}
}
