implement Dijkstra;

include "sys.m";
	sys: Sys;
include "draw.m";

Dijkstra: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Edge: adt {
	dst:	int;
	w:	int;
};

Graph: adt {
	names:	array of string;
	adj:	array of list of Edge;

	new:	fn(names: array of string): ref Graph;
	add:	fn(g: self ref Graph, a, b: string, w: int);
	find:	fn(g: self ref Graph, s: string): int;
};

INF: con 16r3fffffff;

Graph.new(names: array of string): ref Graph
{
	return ref Graph(names, array[len names] of list of Edge);
}

Graph.find(g: self ref Graph, s: string): int
{
	for(i := 0; i < len g.names; i++)
		if(g.names[i] == s)
			return i;
	raise "fail:no vertex " + s;
}

Graph.add(g: self ref Graph, a, b: string, w: int)
{
	i := g.find(a);
	j := g.find(b);
	g.adj[i] = Edge(j, w) :: g.adj[i];
	g.adj[j] = Edge(i, w) :: g.adj[j];
}

# binary min-heap of (dist, vertex)
heap: array of (int, int);
hn := 0;

hpush(d, v: int)
{
	if(hn == len heap){
		nh := array[2*len heap] of (int, int);
		nh[0:] = heap;
		heap = nh;
	}
	i := hn++;
	heap[i] = (d, v);
	while(i > 0){
		p := (i-1)/2;
		(pd, nil) := heap[p];
		if(pd <= d)
			break;
		(heap[p], heap[i]) = (heap[i], heap[p]);
		i = p;
	}
}

hpop(): (int, int)
{
	top := heap[0];
	heap[0] = heap[--hn];
	i := 0;
	for(;;){
		l := 2*i + 1;
		if(l >= hn)
			break;
		if(l+1 < hn && heap[l+1].t0 < heap[l].t0)
			l++;
		if(heap[i].t0 <= heap[l].t0)
			break;
		(heap[i], heap[l]) = (heap[l], heap[i]);
		i = l;
	}
	return top;
}

shortest(g: ref Graph, src: int): (array of int, array of int)
{
	n := len g.names;
	dist := array[n] of {* => INF};
	prev := array[n] of {* => -1};
	heap = array[2] of (int, int);
	hn = 0;
	dist[src] = 0;
	hpush(0, src);
	while(hn > 0){
		(d, u) := hpop();
		if(d > dist[u])
			continue;
		sys->print("settle %s at %d\n", g.names[u], d);
		for(l := g.adj[u]; l != nil; l = tl l){
			e := hd l;
			if(d + e.w < dist[e.dst]){
				dist[e.dst] = d + e.w;
				prev[e.dst] = u;
				hpush(dist[e.dst], e.dst);
			}
		}
	}
	return (dist, prev);
}

path(g: ref Graph, prev: array of int, v: int): string
{
	if(prev[v] < 0)
		return g.names[v];
	return path(g, prev, prev[v]) + "->" + g.names[v];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	g := Graph.new(array[] of {"A", "B", "C", "D", "E", "F", "G"});
	g.add("A", "B", 7);
	g.add("A", "C", 9);
	g.add("A", "F", 14);
	g.add("B", "C", 10);
	g.add("B", "D", 15);
	g.add("C", "D", 11);
	g.add("C", "F", 2);
	g.add("D", "E", 6);
	g.add("E", "F", 9);
	(dist, prev) := shortest(g, g.find("A"));
	for(i := 0; i < len dist; i++)
		if(dist[i] == INF)
			sys->print("%s: unreachable\n", g.names[i]);
		else
			sys->print("%s: %2d via %s\n", g.names[i], dist[i], path(g, prev, i));
}
