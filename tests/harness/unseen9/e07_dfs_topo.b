implement DfsTopo;

include "sys.m";
	sys: Sys;
include "draw.m";

DfsTopo: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Graph: adt {
	names:	array of string;
	adj:	array of list of int;
	n:	int;

	new:	fn(max: int): ref Graph;
	node:	fn(g: self ref Graph, s: string): int;
	edge:	fn(g: self ref Graph, a, b: string);
};

Graph.new(max: int): ref Graph
{
	return ref Graph(array[max] of string, array[max] of list of int, 0);
}

Graph.node(g: self ref Graph, s: string): int
{
	for(i := 0; i < g.n; i++)
		if(g.names[i] == s)
			return i;
	g.names[g.n] = s;
	return g.n++;
}

Graph.edge(g: self ref Graph, a, b: string)
{
	u := g.node(a);
	v := g.node(b);
	# append to keep insertion order
	r: list of int;
	for(l := g.adj[u]; l != nil; l = tl l)
		r = hd l :: r;
	r = v :: r;
	nl: list of int;
	for(; r != nil; r = tl r)
		nl = hd r :: nl;
	g.adj[u] = nl;
}

WHITE, GREY, BLACK: con iota;

colour: array of int;
order: list of int;
hascycle: int;
cycleat: string;

visit(g: ref Graph, u: int)
{
	colour[u] = GREY;
	for(l := g.adj[u]; l != nil; l = tl l){
		v := hd l;
		case colour[v] {
		WHITE =>
			visit(g, v);
		GREY =>
			if(!hascycle)
				cycleat = g.names[u] + "->" + g.names[v];
			hascycle = 1;
		}
	}
	colour[u] = BLACK;
	order = u :: order;
}

toposort(g: ref Graph)
{
	colour = array[g.n] of {* => WHITE};
	order = nil;
	hascycle = 0;
	for(i := 0; i < g.n; i++)
		if(colour[i] == WHITE)
			visit(g, i);
	if(hascycle){
		sys->print("  cycle found at edge %s\n", cycleat);
		return;
	}
	sys->print("  order:");
	for(l := order; l != nil; l = tl l)
		sys->print(" %s", g.names[hd l]);
	sys->print("\n");
}

# Tarjan's strongly connected components
index: array of int;
low: array of int;
onstack: array of int;
stack: list of int;
counter: int;
ncomp: int;

strong(g: ref Graph, u: int)
{
	index[u] = low[u] = counter++;
	stack = u :: stack;
	onstack[u] = 1;
	for(l := g.adj[u]; l != nil; l = tl l){
		v := hd l;
		if(index[v] < 0){
			strong(g, v);
			if(low[v] < low[u])
				low[u] = low[v];
		}else if(onstack[v] && index[v] < low[u])
			low[u] = index[v];
	}
	if(low[u] == index[u]){
		ncomp++;
		sys->print("  scc %d:", ncomp);
		w: int;
		do{
			w = hd stack;
			stack = tl stack;
			onstack[w] = 0;
			sys->print(" %s", g.names[w]);
		}while(w != u);
		sys->print("\n");
	}
}

tarjan(g: ref Graph)
{
	index = array[g.n] of {* => -1};
	low = array[g.n] of int;
	onstack = array[g.n] of {* => 0};
	stack = nil;
	counter = 0;
	ncomp = 0;
	for(i := 0; i < g.n; i++)
		if(index[i] < 0)
			strong(g, i);
}

build(edges: string): ref Graph
{
	g := Graph.new(32);
	(nil, toks) := sys->tokenize(edges, " ");
	for(; toks != nil; toks = tl toks){
		(n, ab) := sys->tokenize(hd toks, ">");
		if(n == 2)
			g.edge(hd ab, hd tl ab);
	}
	return g;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	builds := build("lib9>libbio libbio>libdraw lib9>libdraw libdraw>libtk " +
		"libmath>libinterp libtk>libinterp libinterp>emu libbio>limbo lib9>limbo " +
		"limbo>dis dis>emu");
	sys->print("build dependencies (%d nodes)\n", builds.n);
	toposort(builds);
	tarjan(builds);

	cyc := build("a>b b>c c>a b>d d>e e>f f>d g>f g>h h>g c>h");
	sys->print("cyclic graph (%d nodes)\n", cyc.n);
	toposort(cyc);
	tarjan(cyc);
	sys->print("  %d components\n", ncomp);

	# reachability counts by dfs from each node
	sys->print("reach:");
	for(i := 0; i < cyc.n; i++){
		colour = array[cyc.n] of {* => WHITE};
		order = nil;
		hascycle = 0;
		visit(cyc, i);
		sys->print(" %s=%d", cyc.names[i], len order);
	}
	sys->print("\n");
}
