implement Bst;

include "sys.m";
	sys: Sys;
include "draw.m";

Bst: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Node: adt {
	key: int;
	count: int;
	l, r: cyclic ref Node;
};

insert(t: ref Node, k: int): ref Node
{
	if(t == nil)
		return ref Node(k, 1, nil, nil);
	if(k < t.key)
		t.l = insert(t.l, k);
	else if(k > t.key)
		t.r = insert(t.r, k);
	else
		t.count++;
	return t;
}

minnode(t: ref Node): ref Node
{
	while(t.l != nil)
		t = t.l;
	return t;
}

delete(t: ref Node, k: int): ref Node
{
	if(t == nil)
		return nil;
	if(k < t.key)
		t.l = delete(t.l, k);
	else if(k > t.key)
		t.r = delete(t.r, k);
	else {
		if(t.l == nil)
			return t.r;
		if(t.r == nil)
			return t.l;
		m := minnode(t.r);
		t.key = m.key;
		t.count = m.count;
		m.count = 1;
		t.r = delete(t.r, m.key);
	}
	return t;
}

# traversal with a visitor function reference
ORDER_PRE, ORDER_IN, ORDER_POST: con iota;

walk(t: ref Node, order: int, visit: ref fn(n: ref Node, depth: int), depth: int)
{
	if(t == nil)
		return;
	if(order == ORDER_PRE)
		visit(t, depth);
	walk(t.l, order, visit, depth + 1);
	if(order == ORDER_IN)
		visit(t, depth);
	walk(t.r, order, visit, depth + 1);
	if(order == ORDER_POST)
		visit(t, depth);
}

# fold over the tree: f(left-result, node, right-result)
fold(t: ref Node, f: ref fn(l: int, n: ref Node, r: int): int, empty: int): int
{
	if(t == nil)
		return empty;
	return f(fold(t.l, f, empty), t, fold(t.r, f, empty));
}

mapt(t: ref Node, f: ref fn(k: int): int): ref Node
{
	if(t == nil)
		return nil;
	return ref Node(f(t.key), t.count, mapt(t.l, f), mapt(t.r, f));
}

mirror(t: ref Node): ref Node
{
	if(t == nil)
		return nil;
	return ref Node(t.key, t.count, mirror(t.r), mirror(t.l));
}

line := "";
collect(n: ref Node, nil: int) { line += " " + string n.key; }
collectc(n: ref Node, nil: int)
{
	line += " " + string n.key;
	if(n.count > 1)
		line += "x" + string n.count;
}
indent(n: ref Node, d: int)
{
	s := "";
	for(i := 0; i < d; i++)
		s += "  ";
	sys->print("%s%d\n", s, n.key);
}

fsize(l: int, nil: ref Node, r: int): int { return l + 1 + r; }
fheight(l: int, nil: ref Node, r: int): int { if(l > r) return l + 1; return r + 1; }
fsum(l: int, n: ref Node, r: int): int { return l + n.key * n.count + r; }
fleaves(l: int, n: ref Node, r: int): int
{
	if(n.l == nil && n.r == nil)
		return 1;
	return l + r;
}
fmax(l: int, n: ref Node, r: int): int
{
	m := n.key;
	if(l > m)
		m = l;
	if(r > m)
		m = r;
	return m;
}

neg(k: int): int { return -k; }
sq(k: int): int { return k * k; }

order(t: ref Node, o: int): string
{
	line = "";
	walk(t, o, collect, 0);
	return line;
}

stats(name: string, t: ref Node)
{
	sys->print("%s: size=%d height=%d sum=%d leaves=%d max=%d\n", name,
		fold(t, fsize, 0), fold(t, fheight, 0), fold(t, fsum, 0),
		fold(t, fleaves, 0), fold(t, fmax, -1000000));
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	keys := array[] of {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 20, 20, 85};
	t: ref Node;
	for(i := 0; i < len keys; i++)
		t = insert(t, keys[i]);
	sys->print("pre: %s\n", order(t, ORDER_PRE));
	sys->print("in:  %s\n", order(t, ORDER_IN));
	sys->print("post:%s\n", order(t, ORDER_POST));
	line = "";
	walk(t, ORDER_IN, collectc, 0);
	sys->print("counts:%s\n", line);
	stats("t", t);
	walk(t, ORDER_PRE, indent, 0);

	m := mirror(t);
	sys->print("mirror in:%s\n", order(m, ORDER_IN));
	n := mapt(t, neg);
	sys->print("neg in:%s\n", order(n, ORDER_IN));
	stats("neg", n);
	stats("sq", mapt(t, sq));

	for(d := array[] of {20, 50, 99, 70, 30}; len d > 0; d = d[1:]){
		t = delete(t, d[0]);
		sys->print("del %d ->%s\n", d[0], order(t, ORDER_IN));
	}
	stats("after", t);
	# degenerate tree: sorted inserts make a list
	u: ref Node;
	for(i = 1; i <= 200; i++)
		u = insert(u, i);
	stats("chain", u);
	stats("empty", nil);
}
