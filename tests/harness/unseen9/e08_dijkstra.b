implement Dijkstra;

include "sys.m";
	sys: Sys;
include "draw.m";

Dijkstra: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Edge: adt {
	dst:	int;
	w:	int;
};

INF: con 16r3fffffff;

cities := array[] of {
	"Arden", "Bexley", "Corfe", "Dunmore", "Elston", "Fairby", "Gorran", "Hythe"
};

roads := array[] of {
	(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15),
	(2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9), (4, 7, 3),
	(5, 6, 4), (6, 7, 12), (3, 7, 20)
};

# binary heap of (dist, node) pairs with lazy deletion
Heap: adt {
	d:	array of int;
	v:	array of int;
	n:	int;

	push:	fn(h: self ref Heap, d, v: int);
	pop:	fn(h: self ref Heap): (int, int);
};

Heap.push(h: self ref Heap, d, v: int)
{
	if(h.n == len h.d){
		nd := array[2*h.n+1] of int;
		nv := array[2*h.n+1] of int;
		nd[0:] = h.d[0:h.n];
		nv[0:] = h.v[0:h.n];
		h.d = nd;
		h.v = nv;
	}
	i := h.n++;
	h.d[i] = d;
	h.v[i] = v;
	while(i > 0 && h.d[(i-1)/2] > h.d[i]){
		p := (i-1)/2;
		(h.d[i], h.d[p]) = (h.d[p], h.d[i]);
		(h.v[i], h.v[p]) = (h.v[p], h.v[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): (int, int)
{
	rd := h.d[0];
	rv := h.v[0];
	h.n--;
	h.d[0] = h.d[h.n];
	h.v[0] = h.v[h.n];
	i := 0;
	for(;;){
		c := 2*i+1;
		if(c >= h.n)
			break;
		if(c+1 < h.n && h.d[c+1] < h.d[c])
			c++;
		if(h.d[i] <= h.d[c])
			break;
		(h.d[i], h.d[c]) = (h.d[c], h.d[i]);
		(h.v[i], h.v[c]) = (h.v[c], h.v[i]);
		i = c;
	}
	return (rd, rv);
}

shortest(adj: array of list of ref Edge, src: int): (array of int, array of int, int)
{
	n := len adj;
	dist := array[n] of {* => INF};
	prev := array[n] of {* => -1};
	h := ref Heap(array[0] of int, array[0] of int, 0);
	dist[src] = 0;
	h.push(0, src);
	pops := 0;
	while(h.n > 0){
		(d, u) := h.pop();
		pops++;
		if(d > dist[u])
			continue;
		for(l := adj[u]; l != nil; l = tl l){
			e := hd l;
			nd := d + e.w;
			if(nd < dist[e.dst]){
				dist[e.dst] = nd;
				prev[e.dst] = u;
				h.push(nd, e.dst);
			}
		}
	}
	return (dist, prev, pops);
}

route(prev: array of int, v: int): string
{
	if(prev[v] < 0)
		return cities[v];
	return route(prev, prev[v]) + " > " + cities[v];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	n := len cities;
	adj := array[n] of list of ref Edge;
	for(i := 0; i < len roads; i++){
		(a, b, w) := roads[i];
		adj[a] = ref Edge(b, w) :: adj[a];
		adj[b] = ref Edge(a, w) :: adj[b];
	}

	(dist, prev, pops) := shortest(adj, 0);
	sys->print("from %s (%d heap pops):\n", cities[0], pops);
	for(i = 1; i < n; i++)
		sys->print("  %-8s %3d  %s\n", cities[i], dist[i], route(prev, i));

	# all-pairs via repeated Dijkstra, print a distance table
	sys->print("%8s", "");
	for(j := 0; j < n; j++)
		sys->print(" %4.4s", cities[j]);
	sys->print("\n");
	total := 0;
	for(i = 0; i < n; i++){
		(d, nil, nil) := shortest(adj, i);
		sys->print("%-8s", cities[i]);
		for(j = 0; j < n; j++){
			sys->print(" %4d", d[j]);
			total += d[j];
		}
		sys->print("\n");
	}
	sys->print("sum of all distances %d\n", total);

	# a larger generated grid graph, directed with varying weights
	G := 30;
	g := array[G*G] of list of ref Edge;
	x := 17;
	for(r := 0; r < G; r++)
		for(c := 0; c < G; c++){
			u := r*G + c;
			if(c+1 < G){
				x = (x*1103 + 7) % 9973;
				g[u] = ref Edge(u+1, 1 + x%9) :: g[u];
			}
			if(r+1 < G){
				x = (x*1103 + 7) % 9973;
				g[u] = ref Edge(u+G, 1 + x%9) :: g[u];
			}
		}
	(gd, gp, gpops) := shortest(g, 0);
	steps := 0;
	for(v := G*G-1; gp[v] >= 0; v = gp[v])
		steps++;
	sys->print("grid %dx%d: corner distance %d in %d steps, %d pops\n", G, G, gd[G*G-1], steps, gpops);
}
