implement Unionfind;

include "sys.m";
	sys: Sys;
include "draw.m";

Unionfind: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DSU: adt {
	parent:	array of int;
	rank:	array of int;
	sets:	int;

	new:	fn(n: int): ref DSU;
	find:	fn(d: self ref DSU, x: int): int;
	union:	fn(d: self ref DSU, a, b: int): int;
	same:	fn(d: self ref DSU, a, b: int): int;
	groups:	fn(d: self ref DSU): array of list of int;
};

DSU.new(n: int): ref DSU
{
	d := ref DSU(array[n] of int, array[n] of {* => 0}, n);
	for(i := 0; i < n; i++)
		d.parent[i] = i;
	return d;
}

DSU.find(d: self ref DSU, x: int): int
{
	r := x;
	while(d.parent[r] != r)
		r = d.parent[r];
	while(d.parent[x] != r){	# path compression
		nx := d.parent[x];
		d.parent[x] = r;
		x = nx;
	}
	return r;
}

DSU.union(d: self ref DSU, a, b: int): int
{
	ra := d.find(a);
	rb := d.find(b);
	if(ra == rb)
		return 0;
	if(d.rank[ra] < d.rank[rb])
		(ra, rb) = (rb, ra);
	d.parent[rb] = ra;
	if(d.rank[ra] == d.rank[rb])
		d.rank[ra]++;
	d.sets--;
	return 1;
}

DSU.same(d: self ref DSU, a, b: int): int
{
	return d.find(a) == d.find(b);
}

DSU.groups(d: self ref DSU): array of list of int
{
	n := len d.parent;
	byroot := array[n] of list of int;
	for(i := n-1; i >= 0; i--){
		r := d.find(i);
		byroot[r] = i :: byroot[r];
	}
	out := array[d.sets] of list of int;
	k := 0;
	# order groups by their smallest member
	for(i = 0; i < n; i++){
		r := d.find(i);
		if(byroot[r] != nil && hd byroot[r] == i){
			out[k++] = byroot[r];
			byroot[r] = nil;
		}
	}
	return out;
}

# Kruskal's minimum spanning tree
Wedge: adt {
	a, b, w:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	d := DSU.new(10);
	pairs := array[] of {(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7), (3, 0)};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		u := d.union(a, b);
		sys->print("union(%d,%d) -> %d, sets=%d\n", a, b, u, d.sets);
	}
	sys->print("same(0,2)=%d same(4,5)=%d same(7,9)=%d\n", d.same(0, 2), d.same(4, 5), d.same(7, 9));
	g := d.groups();
	for(i = 0; i < len g; i++){
		s := "";
		for(l := g[i]; l != nil; l = tl l)
			s += " " + string hd l;
		sys->print("group %d:%s\n", i, s);
	}
	edges := array[] of {
		Wedge(0, 1, 4), Wedge(0, 7, 8), Wedge(1, 2, 8), Wedge(1, 7, 11), Wedge(2, 3, 7),
		Wedge(2, 8, 2), Wedge(2, 5, 4), Wedge(3, 4, 9), Wedge(3, 5, 14), Wedge(4, 5, 10),
		Wedge(5, 6, 2), Wedge(6, 7, 1), Wedge(6, 8, 6), Wedge(7, 8, 7),
	};
	# insertion sort by weight, stable
	for(i = 1; i < len edges; i++){
		e := edges[i];
		j := i;
		for(; j > 0 && edges[j-1].w > e.w; j--)
			edges[j] = edges[j-1];
		edges[j] = e;
	}
	m := DSU.new(9);
	total := 0;
	for(i = 0; i < len edges; i++){
		e := edges[i];
		if(m.union(e.a, e.b)){
			total += e.w;
			sys->print("mst edge %d-%d (%d)\n", e.a, e.b, e.w);
		}
	}
	sys->print("mst weight %d, components %d\n", total, m.sets);
}
