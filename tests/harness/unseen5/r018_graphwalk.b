implement Graphwalk;

include "sys.m";
	sys: Sys;
include "draw.m";

Graphwalk: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Graph: adt {
	names:	array of string;
	adj:	array of list of int;
	n:	int;

	new:	fn(): ref Graph;
	id:	fn(g: self ref Graph, name: string): int;
	edge:	fn(g: self ref Graph, a, b: string);
	bfs:	fn(g: self ref Graph, start: string): list of string;
	dfs:	fn(g: self ref Graph, start: string): list of string;
	topo:	fn(g: self ref Graph): (list of string, int);
};

Graph.new(): ref Graph
{
	return ref Graph(array[4] of string, array[4] of list of int, 0);
}

Graph.id(g: self ref Graph, name: string): int
{
	for(i := 0; i < g.n; i++)
		if(g.names[i] == name)
			return i;
	if(g.n == len g.names){
		nn := array[g.n*2] of string;
		nn[0:] = g.names;
		na := array[g.n*2] of list of int;
		na[0:] = g.adj;
		g.names = nn;
		g.adj = na;
	}
	g.names[g.n] = name;
	g.adj[g.n] = nil;
	return g.n++;
}

# keep adjacency lists sorted for determinism
insert(l: list of int, v: int): list of int
{
	if(l == nil || v < hd l)
		return v :: l;
	if(v == hd l)
		return l;
	return hd l :: insert(tl l, v);
}

Graph.edge(g: self ref Graph, a, b: string)
{
	i := g.id(a);
	j := g.id(b);
	g.adj[i] = insert(g.adj[i], j);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

Graph.bfs(g: self ref Graph, start: string): list of string
{
	seen := array[g.n] of {* => 0};
	q := array[g.n] of int;
	qh := 0;
	qt := 0;
	s := g.id(start);
	q[qt++] = s;
	seen[s] = 1;
	out: list of string;
	while(qh < qt){
		v := q[qh++];
		out = g.names[v] :: out;
		for(l := g.adj[v]; l != nil; l = tl l)
			if(!seen[hd l]){
				seen[hd l] = 1;
				q[qt++] = hd l;
			}
	}
	return rev(out);
}

dfsvisit(g: ref Graph, v: int, seen: array of int, out: list of string): list of string
{
	seen[v] = 1;
	out = g.names[v] :: out;
	for(l := g.adj[v]; l != nil; l = tl l)
		if(!seen[hd l])
			out = dfsvisit(g, hd l, seen, out);
	return out;
}

Graph.dfs(g: self ref Graph, start: string): list of string
{
	seen := array[g.n] of {* => 0};
	return rev(dfsvisit(g, g.id(start), seen, nil));
}

# Kahn's algorithm, smallest index first; returns (order, ok)
Graph.topo(g: self ref Graph): (list of string, int)
{
	indeg := array[g.n] of {* => 0};
	for(v := 0; v < g.n; v++)
		for(l := g.adj[v]; l != nil; l = tl l)
			indeg[hd l]++;
	done := array[g.n] of {* => 0};
	out: list of string;
	count := 0;
	for(;;){
		sel := -1;
		for(v = 0; v < g.n; v++)
			if(!done[v] && indeg[v] == 0){
				sel = v;
				break;
			}
		if(sel < 0)
			break;
		done[sel] = 1;
		count++;
		out = g.names[sel] :: out;
		for(l := g.adj[sel]; l != nil; l = tl l)
			indeg[hd l]--;
	}
	return (rev(out), count == g.n);
}

show(label: string, l: list of string)
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	sys->print("%s:%s\n", label, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	deps := "libc: \nlibdraw: libc libmemdraw\nlibmemdraw: libc\nemu: libc libdraw libinterp libmath\nlibinterp: libc libmath\nlibmath: libc\nlimbo: libc libmath\n";
	fd := sys->create("/tmp/r018.mk", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", deps);
	fd = sys->open("/tmp/r018.mk", Sys->OREAD);
	buf := array[512] of byte;
	n := sys->read(fd, buf, len buf);
	g := Graph.new();
	(nil, lines) := sys->tokenize(string buf[0:n], "\n");
	for(; lines != nil; lines = tl lines){
		(nw, w) := sys->tokenize(hd lines, ": ");
		target := hd w;
		g.id(target);
		for(w = tl w; w != nil; w = tl w)
			g.edge(hd w, target);	# dependency before target
	}
	sys->print("%d nodes\n", g.n);
	show("bfs libc", g.bfs("libc"));
	show("dfs libc", g.dfs("libc"));
	show("bfs libmath", g.bfs("libmath"));
	(order, ok) := g.topo();
	show("build order", order);
	sys->print("acyclic: %d\n", ok);
	g.edge("emu", "libc");
	(order, ok) = g.topo();
	show("with cycle", order);
	sys->print("acyclic: %d\n", ok);
}
