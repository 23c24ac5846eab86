#args: Oslo Rome
implement Routes;

include "sys.m";
	sys: Sys;
include "draw.m";

Routes: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

INF: con 1 << 30;

Edge: adt {
	dst:	int;
	km:	int;
	mode:	string;
};

City: adt {
	name:	string;
	edges:	list of Edge;
};

Graph: adt {
	cities:	array of ref City;
	n:	int;
	index:	fn(g: self ref Graph, name: string, create: int): int;
	link:	fn(g: self ref Graph, a, b: string, km: int, mode: string);
	shortest:	fn(g: self ref Graph, src: int): (array of int, array of int);
};

PQ: adt {
	heap:	array of (int, int);	# (dist, node)
	n:	int;
	push:	fn(q: self ref PQ, d, v: int);
	pop:	fn(q: self ref PQ): (int, int);
};

PQ.push(q: self ref PQ, d, v: int)
{
	if(q.n == len q.heap){
		nh := array[2*q.n] of (int, int);
		nh[0:] = q.heap;
		q.heap = nh;
	}
	i := q.n++;
	q.heap[i] = (d, v);
	while(i > 0 && q.heap[(i-1)/2].t0 > q.heap[i].t0){
		(q.heap[i], q.heap[(i-1)/2]) = (q.heap[(i-1)/2], q.heap[i]);
		i = (i-1)/2;
	}
}

PQ.pop(q: self ref PQ): (int, int)
{
	top := q.heap[0];
	q.heap[0] = q.heap[--q.n];
	i := 0;
	for(;;){
		m := i;
		for(c := 2*i+1; c <= 2*i+2; c++)
			if(c < q.n && q.heap[c].t0 < q.heap[m].t0)
				m = c;
		if(m == i) break;
		(q.heap[i], q.heap[m]) = (q.heap[m], q.heap[i]);
		i = m;
	}
	return top;
}

Graph.index(g: self ref Graph, name: string, create: int): int
{
	for(i := 0; i < g.n; i++)
		if(g.cities[i].name == name) return i;
	if(!create) return -1;
	g.cities[g.n] = ref City(name, nil);
	return g.n++;
}

Graph.link(g: self ref Graph, a, b: string, km: int, mode: string)
{
	i := g.index(a, 1);
	j := g.index(b, 1);
	g.cities[i].edges = Edge(j, km, mode) :: g.cities[i].edges;
	g.cities[j].edges = Edge(i, km, mode) :: g.cities[j].edges;
}

Graph.shortest(g: self ref Graph, src: int): (array of int, array of int)
{
	dist := array[g.n] of {* => INF};
	prev := array[g.n] of {* => -1};
	q := ref PQ(array[4] of (int, int), 0);
	dist[src] = 0;
	q.push(0, src);
	while(q.n > 0){
		(d, u) := q.pop();
		if(d > dist[u]) continue;
		for(e := g.cities[u].edges; e != nil; e = tl e){
			nd := d + (hd e).km;
			v := (hd e).dst;
			if(nd < dist[v] || nd == dist[v] && u < prev[v]){
				dist[v] = nd;
				prev[v] = u;
				q.push(nd, v);
			}
		}
	}
	return (dist, prev);
}

route(g: ref Graph, prev: array of int, t: int): string
{
	if(prev[t] < 0) return g.cities[t].name;
	return route(g, prev, prev[t]) + " -> " + g.cities[t].name;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	g := ref Graph(array[32] of ref City, 0);
	links := array[] of {
		("Oslo", "Stockholm", 530, "rail"), ("Oslo", "Copenhagen", 605, "ferry"),
		("Stockholm", "Copenhagen", 655, "rail"), ("Copenhagen", "Hamburg", 350, "rail"),
		("Hamburg", "Berlin", 290, "rail"), ("Hamburg", "Amsterdam", 465, "road"),
		("Berlin", "Prague", 350, "rail"), ("Prague", "Vienna", 330, "rail"),
		("Vienna", "Venice", 600, "rail"), ("Venice", "Rome", 530, "rail"),
		("Amsterdam", "Paris", 500, "rail"), ("Paris", "Lyon", 465, "rail"),
		("Lyon", "Turin", 310, "road"), ("Turin", "Rome", 670, "rail"),
		("Berlin", "Munich", 585, "rail"), ("Munich", "Venice", 550, "road"),
		("Reykjavik", "Nuuk", 1420, "air"),
	};
	for(i := 0; i < len links; i++){
		(a, b, km, mode) := links[i];
		g.link(a, b, km, mode);
	}
	argv = tl argv;
	from := "Oslo";
	dest := "Rome";
	if(len argv == 2)
		(from, dest) = (hd argv, hd tl argv);
	s := g.index(from, 0);
	if(s < 0){
		sys->fprint(sys->fildes(2), "routes: unknown city %s\n", from);
		return;
	}
	(dist, prev) := g.shortest(s);
	sys->print("distances from %s:\n", from);
	for(i = 0; i < g.n; i++){
		if(dist[i] == INF)
			sys->print("  %-11s unreachable\n", g.cities[i].name);
		else
			sys->print("  %-11s %5d km\n", g.cities[i].name, dist[i]);
	}
	t := g.index(dest, 0);
	if(t >= 0 && dist[t] < INF)
		sys->print("best route: %s (%d km)\n", route(g, prev, t), dist[t]);
	else
		sys->fprint(sys->fildes(2), "routes: no route to %s\n", dest);
	(d2, nil) := g.shortest(g.index("Reykjavik", 0));
	sys->print("Reykjavik to Nuuk %d km, to Oslo reachable: %d\n", d2[g.index("Nuuk", 0)], d2[s] < INF);
}
