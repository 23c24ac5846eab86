implement LruCache;

include "sys.m";
	sys: Sys;
include "draw.m";

LruCache: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	int;
	val:	string;
	prev, next:	cyclic ref Node;
	hnext:	cyclic ref Node;
};

Stats: adt {
	hits, misses, evictions:	int;
	ratio:	fn(s: self Stats): real;
};

Cache: adt {
	cap, size:	int;
	head, tail:	ref Node;	# sentinels: head.next is most recent
	buckets:	array of ref Node;
	stats:	Stats;
	new:	fn(cap: int): ref Cache;
	get:	fn(c: self ref Cache, k: int): (string, int);
	put:	fn(c: self ref Cache, k: int, v: string);
	unlink:	fn(c: self ref Cache, n: ref Node);
	front:	fn(c: self ref Cache, n: ref Node);
	hfind:	fn(c: self ref Cache, k: int): ref Node;
	hdel:	fn(c: self ref Cache, k: int);
	dump:	fn(c: self ref Cache): string;
};

Backing: adt {
	reads:	int;
	fetch:	fn(b: self ref Backing, k: int): string;
};

Stats.ratio(s: self Stats): real
{
	if(s.hits + s.misses == 0) return 0.0;
	return real s.hits / real (s.hits + s.misses);
}

Cache.new(cap: int): ref Cache
{
	h := ref Node(-1, nil, nil, nil, nil);
	t := ref Node(-1, nil, nil, nil, nil);
	h.next = t;
	t.prev = h;
	return ref Cache(cap, 0, h, t, array[7] of ref Node, Stats(0, 0, 0));
}

Cache.hfind(c: self ref Cache, k: int): ref Node
{
	for(n := c.buckets[k % len c.buckets]; n != nil; n = n.hnext)
		if(n.key == k) return n;
	return nil;
}

Cache.hdel(c: self ref Cache, k: int)
{
	b := k % len c.buckets;
	prev: ref Node;
	for(n := c.buckets[b]; n != nil; n = n.hnext){
		if(n.key == k){
			if(prev == nil)
				c.buckets[b] = n.hnext;
			else
				prev.hnext = n.hnext;
			return;
		}
		prev = n;
	}
}

Cache.unlink(nil: self ref Cache, n: ref Node)
{
	n.prev.next = n.next;
	n.next.prev = n.prev;
}

Cache.front(c: self ref Cache, n: ref Node)
{
	n.next = c.head.next;
	n.prev = c.head;
	c.head.next.prev = n;
	c.head.next = n;
}

Cache.get(c: self ref Cache, k: int): (string, int)
{
	n := c.hfind(k);
	if(n == nil){
		c.stats.misses++;
		return (nil, 0);
	}
	c.stats.hits++;
	c.unlink(n);
	c.front(n);
	return (n.val, 1);
}

Cache.put(c: self ref Cache, k: int, v: string)
{
	n := c.hfind(k);
	if(n != nil){
		n.val = v;
		c.unlink(n);
		c.front(n);
		return;
	}
	if(c.size == c.cap){
		old := c.tail.prev;
		c.unlink(old);
		c.hdel(old.key);
		c.size--;
		c.stats.evictions++;
	}
	n = ref Node(k, v, nil, nil, nil);
	b := k % len c.buckets;
	n.hnext = c.buckets[b];
	c.buckets[b] = n;
	c.front(n);
	c.size++;
}

Cache.dump(c: self ref Cache): string
{
	s := "[";
	for(n := c.head.next; n != c.tail; n = n.next){
		if(s != "[")
			s += " ";
		s += string n.key;
	}
	return s + "]";
}

Backing.fetch(b: self ref Backing, k: int): string
{
	b.reads++;
	return sys->sprint("blk%03d", k*k % 997);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	refs := array[] of {1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3, 7, 3, 3, 8, 1, 9, 2, 14, 21, 1};
	for(cap := 2; cap <= 5; cap++){
		c := Cache.new(cap);
		disk := ref Backing(0);
		trace := "";
		for(i := 0; i < len refs; i++){
			k := refs[i];
			(nil, ok) := c.get(k);
			if(ok)
				trace += "h";
			else{
				c.put(k, disk.fetch(k));
				trace += "m";
			}
		}
		s := c.stats;
		sys->print("cap %d: %s hits=%d misses=%d evict=%d ratio=%.3f disk=%d\n",
			cap, trace, s.hits, s.misses, s.evictions, s.ratio(), disk.reads);
		sys->print("       final order %s\n", c.dump());
		(v, nil) := c.get(1);
		sys->print("       key 1 -> %s\n", v);
	}
}
