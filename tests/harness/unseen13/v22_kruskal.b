implement Kruskal;

include "sys.m";
	sys: Sys;
include "draw.m";

Kruskal: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

DSU: adt {
	parent:	array of int;
	rank:	array of int;
	sets:	int;

	new:	fn(n: int): ref DSU;
	find:	fn(d: self ref DSU, x: int): int;
	union:	fn(d: self ref DSU, a, b: int): int;
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
	root := x;
	while(d.parent[root] != root)
		root = d.parent[root];
	# path compression
	while(d.parent[x] != root){
		nx := d.parent[x];
		d.parent[x] = root;
		x = nx;
	}
	return root;
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

Edge: adt {
	u, v, w:	int;
};

sortedges(e: array of Edge)
{
	# insertion sort, stable on equal weights
	for(i := 1; i < len e; i++){
		x := e[i];
		j := i - 1;
		while(j >= 0 && e[j].w > x.w){
			e[j+1] = e[j];
			j--;
		}
		e[j+1] = x;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 8;
	edges := array[20] of Edge;
	ne := 0;
	seed := 7;
	for(u := 0; u < n; u++)
		for(v := u+1; v < n; v++){
			seed = (seed * 1103 + 12345) % 65536;
			if(seed % 3 == 0 || v == u+1){
				if(ne < len edges)
					edges[ne++] = Edge(u, v, 1 + seed % 17);
			}
		}
	edges = edges[0:ne];
	sortedges(edges);
	sys->print("%d edges:", ne);
	for(i := 0; i < ne; i++)
		sys->print(" %d-%d/%d", edges[i].u, edges[i].v, edges[i].w);
	sys->print("\n");
	d := DSU.new(n);
	total := 0;
	for(i = 0; i < ne && d.sets > 1; i++){
		e := edges[i];
		if(d.union(e.u, e.v)){
			total += e.w;
			sys->print("take %d-%d w=%2d  sets=%d\n", e.u, e.v, e.w, d.sets);
		}else
			sys->print("skip %d-%d w=%2d  (cycle)\n", e.u, e.v, e.w);
	}
	sys->print("mst weight %d, components %d\n", total, d.sets);
	roots := "";
	for(i = 0; i < n; i++)
		roots += sys->sprint(" %d", d.find(i));
	sys->print("roots:%s\n", roots);
}
