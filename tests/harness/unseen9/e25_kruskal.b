implement Kruskal;

include "sys.m";
	sys: Sys;
include "draw.m";

Kruskal: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
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
	r := x;
	while(d.parent[r] != r)
		r = d.parent[r];
	# path compression
	while(d.parent[x] != r){
		nx := d.parent[x];
		d.parent[x] = r;
		x = nx;
	}
	return r;
}

DSU.union(d: self ref DSU, a, b: int): int
{
	a = d.find(a);
	b = d.find(b);
	if(a == b)
		return 0;
	if(d.rank[a] < d.rank[b])
		(a, b) = (b, a);
	d.parent[b] = a;
	if(d.rank[a] == d.rank[b])
		d.rank[a]++;
	d.sets--;
	return 1;
}

Edge: adt {
	u, v, w:	int;
};

sortedges(e: array of ref Edge)
{
	# simple merge sort by weight, then endpoints, so ties are deterministic
	if(len e < 2)
		return;
	m := len e / 2;
	a := array[m] of ref Edge;
	b := array[len e - m] of ref Edge;
	a[0:] = e[0:m];
	b[0:] = e[m:];
	sortedges(a);
	sortedges(b);
	i := 0;
	j := 0;
	for(k := 0; k < len e; k++)
		if(j >= len b || (i < len a && !edgeless(b[j], a[i])))
			e[k] = a[i++];
		else
			e[k] = b[j++];
}

edgeless(x, y: ref Edge): int
{
	if(x.w != y.w)
		return x.w < y.w;
	if(x.u != y.u)
		return x.u < y.u;
	return x.v < y.v;
}

kruskal(n: int, edges: array of ref Edge): (int, list of ref Edge)
{
	sortedges(edges);
	d := DSU.new(n);
	total := 0;
	tree: list of ref Edge;
	for(i := 0; i < len edges && d.sets > 1; i++){
		e := edges[i];
		if(d.union(e.u, e.v)){
			total += e.w;
			tree = e :: tree;
		}
	}
	return (total, tree);
}

# O(n^2) Prim on an adjacency matrix, as a cross-check
prim(n: int, edges: array of ref Edge): int
{
	INF: con 1 << 30;
	w := array[n] of array of int;
	for(i := 0; i < n; i++)
		w[i] = array[n] of {* => INF};
	for(i = 0; i < len edges; i++){
		e := edges[i];
		if(e.w < w[e.u][e.v]){
			w[e.u][e.v] = e.w;
			w[e.v][e.u] = e.w;
		}
	}
	in := array[n] of {* => 0};
	key := array[n] of {* => INF};
	key[0] = 0;
	total := 0;
	for(k := 0; k < n; k++){
		u := -1;
		for(i = 0; i < n; i++)
			if(!in[i] && (u < 0 || key[i] < key[u]))
				u = i;
		if(key[u] == INF)
			return -1;
		in[u] = 1;
		total += key[u];
		for(i = 0; i < n; i++)
			if(!in[i] && w[u][i] < key[i])
				key[i] = w[u][i];
	}
	return total;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	names := "ABCDEFG";
	spec := array[] of {
		(0, 1, 7), (0, 3, 5), (1, 2, 8), (1, 3, 9), (1, 4, 7), (2, 4, 5),
		(3, 4, 15), (3, 5, 6), (4, 5, 8), (4, 6, 9), (5, 6, 11)
	};
	edges := array[len spec] of ref Edge;
	for(i := 0; i < len spec; i++){
		(u, v, w) := spec[i];
		edges[i] = ref Edge(u, v, w);
	}
	(total, tree) := kruskal(7, edges);
	sys->print("MST weight %d (prim %d):", total, prim(7, edges));
	for(l := tree; l != nil; l = tl l){
		e := hd l;
		sys->print(" %c%c=%d", names[e.u], names[e.v], e.w);
	}
	sys->print("\n");

	# connectivity queries on a random sparse graph
	N := 200;
	d := DSU.new(N);
	x := 4242;
	for(i = 0; i < 150; i++){
		x = (x * 1103515245 + 12345) & 16r7fffffff;
		a := x % N;
		x = (x * 1103515245 + 12345) & 16r7fffffff;
		b := x % N;
		d.union(a, b);
	}
	sizes := array[N] of {* => 0};
	for(i = 0; i < N; i++)
		sizes[d.find(i)]++;
	biggest := 0;
	singles := 0;
	for(i = 0; i < N; i++){
		if(sizes[i] > biggest)
			biggest = sizes[i];
		if(sizes[i] == 1)
			singles++;
	}
	sys->print("%d nodes, 150 random unions: %d sets, largest %d, singletons %d\n", N, d.sets, biggest, singles);

	# a big random weighted graph: Kruskal vs Prim
	M := 60;
	ge: list of ref Edge;
	for(i = 0; i < M; i++)
		for(j := i+1; j < M; j++){
			x = (x * 1103515245 + 12345) & 16r7fffffff;
			if(x % 5 == 0 || j == i+1)
				ge = ref Edge(i, j, 1 + (x >> 8) % 100) :: ge;
		}
	ea := array[len ge] of ref Edge;
	for(i = 0; ge != nil; ge = tl ge)
		ea[i++] = hd ge;
	pt := prim(M, ea);
	(kt, kl) := kruskal(M, ea);
	sys->print("%d nodes %d edges: kruskal %d prim %d tree edges %d\n", M, len ea, kt, pt, len kl);
}
