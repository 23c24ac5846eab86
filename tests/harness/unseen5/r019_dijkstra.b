implement Dijkstra;

include "sys.m";
	sys: Sys;
include "draw.m";

Dijkstra: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

INF: con 16r3FFFFFFF;

Edge: adt {
	dst, w:	int;
};

cities := array[] of {"Avon", "Bree", "Crickhollow", "Dale", "Esgaroth", "Fornost", "Gondolin"};
adj: array of list of Edge;

road(a, b, w: int)
{
	adj[a] = Edge(b, w) :: adj[a];
	adj[b] = Edge(a, w) :: adj[b];
}

shortest(src: int): (array of int, array of int)
{
	n := len cities;
	dist := array[n] of {* => INF};
	prev := array[n] of {* => -1};
	done := array[n] of {* => 0};
	dist[src] = 0;
	for(iter := 0; iter < n; iter++){
		u := -1;
		for(i := 0; i < n; i++)
			if(!done[i] && (u < 0 || dist[i] < dist[u]))
				u = i;
		if(u < 0 || dist[u] == INF)
			break;
		done[u] = 1;
		for(l := adj[u]; l != nil; l = tl l){
			e := hd l;
			if(dist[u] + e.w < dist[e.dst] || dist[u] + e.w == dist[e.dst] && u < prev[e.dst]){
				dist[e.dst] = dist[u] + e.w;
				prev[e.dst] = u;
			}
		}
	}
	return (dist, prev);
}

path(prev: array of int, t: int): string
{
	if(prev[t] < 0)
		return cities[t];
	return path(prev, prev[t]) + " -> " + cities[t];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	adj = array[len cities] of list of Edge;
	road(0, 1, 7);
	road(0, 2, 9);
	road(0, 5, 14);
	road(1, 2, 10);
	road(1, 3, 15);
	road(2, 3, 11);
	road(2, 5, 2);
	road(3, 4, 6);
	road(4, 5, 9);
	# Gondolin (6) is unreachable
	(dist, prev) := shortest(0);
	for(i := 0; i < len cities; i++){
		if(dist[i] == INF){
			sys->print("%-12s unreachable\n", cities[i]);
			continue;
		}
		sys->print("%-12s %3d  %s\n", cities[i], dist[i], path(prev, i));
	}
	(dist, prev) = shortest(4);
	total := 0;
	for(i = 0; i < len cities; i++)
		if(dist[i] != INF)
			total += dist[i];
	sys->print("from %s total %d, to %s: %s\n", cities[4], total, cities[1], path(prev, 1));
}
