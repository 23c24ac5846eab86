implement PQueue;

include "sys.m";
	sys: Sys;
include "draw.m";

PQueue: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Task: adt {
	name: string;
	pri: int;
	seq: int;
};

Heap: adt {
	a: array of ref Task;
	n: int;
	nseq: int;

	new: fn(): ref Heap;
	push: fn(h: self ref Heap, name: string, pri: int);
	pop: fn(h: self ref Heap): ref Task;
	peek: fn(h: self ref Heap): ref Task;
	up: fn(h: self ref Heap, i: int);
	down: fn(h: self ref Heap, i: int);
};

# higher priority first; equal priority in insertion order
before(x, y: ref Task): int
{
	if(x.pri != y.pri)
		return x.pri > y.pri;
	return x.seq < y.seq;
}

Heap.new(): ref Heap
{
	return ref Heap(array[2] of ref Task, 0, 0);
}

Heap.push(h: self ref Heap, name: string, pri: int)
{
	if(h.n == len h.a){
		na := array[2 * h.n] of ref Task;
		na[0:] = h.a;
		h.a = na;
	}
	h.a[h.n] = ref Task(name, pri, h.nseq++);
	h.up(h.n);
	h.n++;
}

Heap.up(h: self ref Heap, i: int)
{
	while(i > 0){
		p := (i - 1) / 2;
		if(!before(h.a[i], h.a[p]))
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.down(h: self ref Heap, i: int)
{
	for(;;){
		l := 2*i + 1;
		r := l + 1;
		m := i;
		if(l < h.n && before(h.a[l], h.a[m]))
			m = l;
		if(r < h.n && before(h.a[r], h.a[m]))
			m = r;
		if(m == i)
			return;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
}

Heap.pop(h: self ref Heap): ref Task
{
	if(h.n == 0)
		return nil;
	t := h.a[0];
	h.n--;
	h.a[0] = h.a[h.n];
	h.a[h.n] = nil;
	if(h.n > 0)
		h.down(0);
	return t;
}

Heap.peek(h: self ref Heap): ref Task
{
	if(h.n == 0)
		return nil;
	return h.a[0];
}

# Dijkstra on a small graph using the heap with negated distances
dijkstra(nv: int, edges: array of (int, int, int), src: int): array of int
{
	dist := array[nv] of {* => -1};
	done := array[nv] of {* => 0};
	h := Heap.new();
	dist[src] = 0;
	h.push(string src, 0);
	while((t := h.pop()) != nil){
		u := int t.name;
		if(done[u])
			continue;
		done[u] = 1;
		for(i := 0; i < len edges; i++){
			(a, b, w) := edges[i];
			v := -1;
			if(a == u)
				v = b;
			else if(b == u)
				v = a;
			if(v < 0 || done[v])
				continue;
			nd := dist[u] + w;
			if(dist[v] < 0 || nd < dist[v]){
				dist[v] = nd;
				h.push(string v, -nd);
			}
		}
	}
	return dist;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := Heap.new();
	jobs := array[] of {
		("backup", 2), ("email", 5), ("compile", 7), ("lunch", 1),
		("review", 5), ("deploy", 9), ("coffee", 5), ("sleep", 0),
		("pager", 9), ("docs", 2),
	};
	for(i := 0; i < len jobs; i++){
		(n, p) := jobs[i];
		h.push(n, p);
		sys->print("push %-8s pri %d -> top is %s, size %d\n", n, p, h.peek().name, h.n);
	}
	sys->print("draining:\n");
	k := 0;
	while((t := h.pop()) != nil){
		sys->print("  %2d. %-8s pri %d seq %d\n", ++k, t.name, t.pri, t.seq);
		if(t.name == "compile"){
			h.push("test", 6);
			h.push("hotfix", 10);
		}
	}
	if(h.pop() == nil)
		sys->print("empty heap pops nil\n");

	edges := array[] of {
		(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15),
		(2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9),
	};
	dist := dijkstra(7, edges, 0);
	for(i = 0; i < len dist; i++)
		if(dist[i] < 0)
			sys->print("node %d unreachable\n", i);
		else
			sys->print("node %d distance %d\n", i, dist[i]);
}
