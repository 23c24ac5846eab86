implement Nilref;

include "sys.m";
	sys: Sys;
include "draw.m";

Nilref: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key:	int;
	left, right:	cyclic ref Tree;
};

insert(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, nil, nil);
	if(k < t.key)
		t.left = insert(t.left, k);
	else
		t.right = insert(t.right, k);
	return t;
}

walk(t: ref Tree)
{
	if(t == nil)
		return;
	walk(t.left);
	sys->print(" %d", t.key);
	walk(t.right);
}

# buggy: assumes a minimum exists below every node
leftmost(t: ref Tree): int
{
	while(t.left != nil || t.key > 0)
		t = t.left;
	return t.key;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t: ref Tree;
	keys := array[] of {50, 30, 70, 20, 40, 60, 80, 35};
	for(i := 0; i < len keys; i++)
		t = insert(t, keys[i]);
	sys->print("inorder:");
	walk(t);
	sys->print("\n");
	sys->print("root %d left %d right %d\n", t.key, t.left.key, t.right.key);
	sys->print("leftmost %d\n", leftmost(t));
}
