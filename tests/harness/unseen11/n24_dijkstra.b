implement Dijkstra;

include "sys.m";
	sys: Sys;
include "draw.m";

Dijkstra: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	pri:	int;
	node:	int;
};

Heap: adt {
	a:	array of Item;
	n:	int;
	less:	ref fn(x, y: Item): int;

	mk:	fn(less: ref fn(x, y: Item): int): ref Heap;
	push:	fn(h: self ref Heap, it: Item);
	pop:	fn(h: self ref Heap): Item;
};

Heap.mk(less: ref fn(x, y: Item): int): ref Heap
{
	return ref Heap(array[4] of Item, 0, less);
}

Heap.push(h: self ref Heap, it: Item)
{
	if(h.n == len h.a){
		na := array[2*len h.a] of Item;
		na[0:] = h.a;
		h.a = na;
	}
	i := h.n++;
	h.a[i] = it;
	while(i > 0){
		p := (i-1)/2;
		if(!h.less(h.a[i], h.a[p]))
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap.pop(h: self ref Heap): Item
{
	top := h.a[0];
	h.a[0] = h.a[--h.n];
	i := 0;
	for(;;){
		m := i;
		l := 2*i+1;
		r := l+1;
		if(l < h.n && h.less(h.a[l], h.a[m]))
			m = l;
		if(r < h.n && h.less(h.a[r], h.a[m]))
			m = r;
		if(m == i)
			break;
		(h.a[i], h.a[m]) = (h.a[m], h.a[i]);
		i = m;
	}
	return top;
}

minfirst(x, y: Item): int { return x.pri < y.pri || (x.pri == y.pri && x.node < y.node); }
maxfirst(x, y: Item): int { return x.pri > y.pri; }

# terrain costs; '#' is a wall
terrain := array[] of {
	"S1111#1111",
	"1#9#1#1##1",
	"1#1#111#11",
	"1#1####1#1",
	"11122221#1",
	"##9#####11",
	"1111111#1E",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := Heap.mk(maxfirst);
	vals := array[] of {5, 1, 9, 3, 7, 2, 8};
	for(i := 0; i < len vals; i++)
		h.push(Item(vals[i], i));
	s := "";
	while(h.n > 0)
		s += " " + string h.pop().pri;
	sys->print("heap drain (max first):%s, capacity grew to %d\n", s, len h.a);

	rows := len terrain;
	cols := len terrain[0];
	dist := array[rows*cols] of {* => -1};
	from := array[rows*cols] of {* => -1};
	(start, end) := (0, rows*cols-1);
	q := Heap.mk(minfirst);
	q.push(Item(0, start));
	dist[start] = 0;
	pops := 0;
	dirs := array[] of {(0, 1), (1, 0), (0, -1), (-1, 0)};
	while(q.n > 0){
		it := q.pop();
		pops++;
		if(it.pri > dist[it.node])
			continue;	# stale entry
		if(it.node == end)
			break;
		(r, c) := (it.node / cols, it.node % cols);
		for(d := 0; d < len dirs; d++){
			(nr, nc) := (r + dirs[d].t0, c + dirs[d].t1);
			if(nr < 0 || nr >= rows || nc < 0 || nc >= cols)
				continue;
			ch := terrain[nr][nc];
			cost := 1;
			case ch {
			'#' =>	continue;
			'1' to '9' =>	cost = ch - '0';
			}
			nd := it.pri + cost;
			v := nr*cols + nc;
			if(dist[v] < 0 || nd < dist[v]){
				dist[v] = nd;
				from[v] = it.node;
				q.push(Item(nd, v));
			}
		}
	}
	sys->print("cost to E: %d after %d pops\n", dist[end], pops);
	grid := array[rows] of array of byte;
	for(i = 0; i < rows; i++)
		grid[i] = array of byte terrain[i];
	steps := 0;
	for(v := from[end]; v != start; v = from[v]){
		grid[v/cols][v%cols] = byte '*';
		steps++;
	}
	for(i = 0; i < rows; i++)
		sys->print("  %s\n", string grid[i]);
	sys->print("%d steps\n", steps+1);
}
