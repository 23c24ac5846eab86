# exercises cyclic adt types: linked list, tree with ref children, mutual recursion between adts
implement Cyclic;
include "sys.m";
include "draw.m";
sys: Sys;
Cyclic: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Node: adt {
	v: int;
	next: cyclic ref Node;
};
Tree: adt {
	key: string;
	l, r: cyclic ref Tree;
	owner: ref Forest;
};
Forest: adt {
	roots: list of ref Tree;
	n: int;
};
insert(t: ref Tree, k: string, f: ref Forest): ref Tree
{
	if(t == nil){ f.n++; return ref Tree(k, nil, nil, f); }
	if(k < t.key) t.l = insert(t.l, k, f);
	else if(k > t.key) t.r = insert(t.r, k, f);
	return t;
}
walk(t: ref Tree): string
{
	if(t == nil) return "";
	return walk(t.l) + t.key + " " + walk(t.r);
}
depth(t: ref Tree): int
{
	if(t == nil) return 0;
	a := depth(t.l); b := depth(t.r);
	if(a > b) return a+1;
	return b+1;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h: ref Node;
	for(i := 0; i < 5; i++) h = ref Node(i, h);
	for(p := h; p != nil; p = p.next) sys->print("%d ", p.v);
	sys->print("\n");
	h.next.next = h;
	sys->print("%d %d\n", h.next.next.next.v, h.next.next.next.next.v);
	f := ref Forest(nil, 0);
	t: ref Tree;
	foreach := array[] of {"m", "c", "x", "a", "e", "z", "m", "b"};
	for(i = 0; i < len foreach; i++) t = insert(t, foreach[i], f);
	f.roots = t :: nil;
	sys->print("%s| n=%d depth=%d\n", walk(t), f.n, depth(t));
	sys->print("%d\n", t.l.owner == f);
}
