implement HeapExn;

include "sys.m";
	sys: Sys;
include "draw.m";

HeapExn: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Heap: adt[T] {
	a: array of T;
	n: int;
	less: ref fn(x, y: T): int;

	add: fn(h: self ref Heap[T], x: T);
	take: fn(h: self ref Heap[T]): T;
};

Heap[T].add(h: self ref Heap[T], x: T)
{
	if(h.n == len h.a){
		na := array[2 * len h.a + 1] of T;
		na[0:] = h.a[0:h.n];
		h.a = na;
	}
	i := h.n++;
	h.a[i] = x;
	while(i > 0){
		p := (i - 1) / 2;
		if(!h.less(h.a[i], h.a[p]))
			break;
		(h.a[i], h.a[p]) = (h.a[p], h.a[i]);
		i = p;
	}
}

Heap[T].take(h: self ref Heap[T]): T
{
	if(h.n == 0)
		raise "heap: take from empty heap";
	top := h.a[0];
	h.n--;
	h.a[0] = h.a[h.n];
	i := 0;
	for(;;){
		l := 2 * i + 1;
		r := l + 1;
		m := i;
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

Task: adt {
	prio: int;
	name: string;
	cost: int;
};

byprio(x, y: ref Task): int
{
	if(x.prio != y.prio)
		return x.prio < y.prio;
	return x.name < y.name;
}

bycost(x, y: ref Task): int
{
	return x.cost > y.cost;
}

shorter(x, y: string): int
{
	if(len x != len y)
		return len x < len y;
	return x < y;
}

newheap[T](less: ref fn(x, y: T): int): ref Heap[T]
{
	return ref Heap[T](nil, 0, less);
}

drainall[T](h: ref Heap[T], show: ref fn(x: T): string): string
{
	s := "";
	while(h.n > 0)
		s += " " + show(h.take());
	return s;
}

tname(t: ref Task): string { return t.name; }
id(s: string): string { return s; }

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	tasks := array[] of {
		ref Task(3, "lint", 2), ref Task(1, "build", 9), ref Task(2, "test", 5),
		ref Task(1, "alpha", 1), ref Task(5, "deploy", 7), ref Task(2, "docs", 3),
		ref Task(4, "bench", 8),
	};
	h := newheap(byprio);
	for(i := 0; i < len tasks; i++)
		h.add(tasks[i]);
	sys->print("heap size %d capacity %d\n", h.n, len h.a);
	sys->print("by priority:%s\n", drainall(h, tname));

	hc := newheap(bycost);
	for(i = 0; i < len tasks; i++)
		hc.add(tasks[i]);
	budget := 20;
	spent := 0;
	while(hc.n > 0){
		t := hc.take();
		if(spent + t.cost > budget){
			sys->print("skip %s (cost %d)\n", t.name, t.cost);
			continue;
		}
		spent += t.cost;
		sys->print("run %s cost %d total %d\n", t.name, t.cost, spent);
	}

	hs := newheap(shorter);
	for(w := "pear" :: "fig" :: "banana" :: "kiwi" :: "apple" :: "date" :: "plum" :: nil; w != nil; w = tl w)
		hs.add(hd w);
	sys->print("two shortest: %s %s\n", hs.take(), hs.take());
	hs.add("yam");
	hs.add("watermelon");
	sys->print("rest:%s\n", drainall(hs, id));

	# interleaved adds and takes: a running median-ish check
	hr := newheap(byprio);
	for(i = 0; i < 10; i++){
		hr.add(ref Task((i * 7) % 10, "t" + string i, 0));
		if(i % 3 == 2)
			sys->print("after %d adds min is %s/%d\n", i + 1, hr.take().name, hr.n);
	}
	sys->print("left:%s\n", drainall(hr, tname));
	sys->print("taking from the empty heap now...\n");
	t := hr.take();
	sys->print("unreachable %s\n", t.name);
}
