implement DepGraph;

include "sys.m";
	sys: Sys;
include "draw.m";

DepGraph: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

White, Grey, Black: con iota;

Graph: adt {
	names:	array of string;
	adj:	array of list of int;
	n:	int;

	new:	fn(max: int): ref Graph;
	id:	fn(g: self ref Graph, name: string): int;
	edge:	fn(g: self ref Graph, src, dst: string);
	toposort:	fn(g: self ref Graph): (list of string, list of string);
	reach:	fn(g: self ref Graph, src: string): array of int;
};

Graph.new(max: int): ref Graph
{
	return ref Graph(array[max] of string, array[max] of list of int, 0);
}

Graph.id(g: self ref Graph, name: string): int
{
	for(i := 0; i < g.n; i++)
		if(g.names[i] == name)
			return i;
	if(g.n == len g.names){
		# grow both arrays, copying with slice assignment
		nn := array[2*g.n] of string;
		nn[0:] = g.names;
		na := array[2*g.n] of list of int;
		na[0:] = g.adj;
		(g.names, g.adj) = (nn, na);
	}
	g.names[g.n] = name;
	return g.n++;
}

Graph.edge(g: self ref Graph, src, dst: string)
{
	f := g.id(src);
	t := g.id(dst);
	g.adj[f] = t :: g.adj[f];
}

# depth-first; returns the build order, or the cycle found
Graph.toposort(g: self ref Graph): (list of string, list of string)
{
	colour := array[g.n] of {* => White};
	order: list of string;
	cycle: list of string;
	path: list of int;

	for(s := 0; s < g.n && cycle == nil; s++){
		if(colour[s] != White)
			continue;
		# iterative dfs with an explicit stack of (node, remaining edges)
		stack := (s, g.adj[s]) :: nil;
		colour[s] = Grey;
		path = s :: nil;
		while(stack != nil){
			(v, rest) := hd stack;
			if(rest == nil){
				colour[v] = Black;
				order = g.names[v] :: order;
				stack = tl stack;
				path = tl path;
				continue;
			}
			stack = (v, tl rest) :: tl stack;
			w := hd rest;
			case colour[w] {
			White =>
				colour[w] = Grey;
				stack = (w, g.adj[w]) :: stack;
				path = w :: path;
			Grey =>
				cycle = g.names[w] :: nil;
				for(p := path; p != nil && hd p != w; p = tl p)
					cycle = g.names[hd p] :: cycle;
				cycle = g.names[w] :: cycle;
				return (nil, cycle);
			}
		}
	}
	return (order, nil);
}

Graph.reach(g: self ref Graph, src: string): array of int
{
	dist := array[g.n] of {* => -1};
	s := g.id(src);
	dist[s] = 0;
	q := array[g.n] of int;
	(head, tail) := (0, 0);
	q[tail++] = s;
	while(head < tail){
		v := q[head++];
		for(l := g.adj[v]; l != nil; l = tl l)
			if(dist[hd l] < 0){
				dist[hd l] = dist[v] + 1;
				q[tail++] = hd l;
			}
	}
	return dist;
}

join(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	deps := array[] of {
		("emu", "libinterp"), ("emu", "libdraw"), ("libinterp", "libmath"),
		("libinterp", "lib9"), ("libdraw", "lib9"), ("limbo", "libmath"),
		("limbo", "lib9"), ("libmath", "lib9"), ("acme", "limbo"), ("acme", "emu"),
	};
	g := Graph.new(2);
	for(i := 0; i < len deps; i++)
		g.edge(deps[i].t0, deps[i].t1);
	sys->print("%d nodes, table size %d\n", g.n, len g.names);
	(order, cyc) := g.toposort();
	sys->print("dependents first:%s\n", join(order));
	rev: list of string;
	for(; order != nil; order = tl order)
		rev = hd order :: rev;
	sys->print("build order:%s\n", join(rev));
	d := g.reach("acme");
	for(i = 0; i < g.n; i++)
		sys->print("  %-10s %d hops from acme\n", g.names[i], d[i]);
	d = g.reach("libdraw");
	s := "";
	for(i = 0; i < g.n; i++)
		if(d[i] > 0)
			s += " " + g.names[i];
	sys->print("libdraw needs:%s\n", s);

	g.edge("lib9", "emu");
	(order, cyc) = g.toposort();
	if(cyc != nil)
		sys->print("cycle:%s\n", join(cyc));
}
