implement P54;
include "sys.m";
	sys: Sys;
include "draw.m";
P54: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Tree: adt {
	key: int;
	left, right: cyclic ref Tree;
	insert: fn(t: self ref Tree, k: int): ref Tree;
	walk: fn(t: self ref Tree): list of int;
	height: fn(t: self ref Tree): int;
};

Tree.insert(t: self ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, nil, nil);
	if(k < t.key)
		t.left = t.left.insert(k);
	else if(k > t.key)
		t.right = t.right.insert(k);
	return t;
}

Tree.walk(t: self ref Tree): list of int
{
	if(t == nil)
		return nil;
	r := t.right.walk();
	r = t.key :: r;
	l := t.left.walk();
	# append l before r
	rl: list of int;
	for(; l != nil; l = tl l)
		rl = hd l :: rl;
	for(; rl != nil; rl = tl rl)
		r = hd rl :: r;
	return r;
}

Tree.height(t: self ref Tree): int
{
	if(t == nil)
		return 0;
	a := t.left.height();
	b := t.right.height();
	if(a > b)
		return a + 1;
	return b + 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t: ref Tree;
	x := 12345;
	for(i := 0; i < 40; i++){
		x = (x * 1103515245 + 12345) & 16r7fffffff;
		t = t.insert(x % 100);
	}
	s := "";
	n := 0;
	for(l := t.walk(); l != nil; l = tl l){
		s += " " + string hd l;
		n++;
	}
	sys->print("%d keys:%s\n", n, s);
	sys->print("height %d\n", t.height());
	e: ref Tree;
	sys->print("empty height %d walk nil %d\n", e.height(), e.walk() == nil);
}
