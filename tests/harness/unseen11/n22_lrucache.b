implement LruCache;

include "sys.m";
	sys: Sys;
include "draw.m";

LruCache: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt {
	key:	int;
	val:	string;
	prev, next:	cyclic ref Entry;
	chain:	cyclic ref Entry;	# hash bucket link
};

Cache: adt {
	head:	ref Entry;	# sentinel; head.next is most recent
	buckets:	array of ref Entry;
	n, cap:	int;
	hits, misses, evictions:	int;

	mk:	fn(cap: int): ref Cache;
	get:	fn(c: self ref Cache, k: int): (int, string);
	put:	fn(c: self ref Cache, k: int, v: string);
	order:	fn(c: self ref Cache): string;
	unhash:	fn(c: self ref Cache, e: ref Entry);
};

Cache.mk(cap: int): ref Cache
{
	h := ref Entry(-1, "sentinel", nil, nil, nil);
	h.prev = h.next = h;
	return ref Cache(h, array[5] of ref Entry, 0, cap, 0, 0, 0);
}

detach(e: ref Entry)
{
	e.prev.next = e.next;
	e.next.prev = e.prev;
}

pushfront(h, e: ref Entry)
{
	e.next = h.next;
	e.prev = h;
	h.next.prev = e;
	h.next = e;
}

Cache.get(c: self ref Cache, k: int): (int, string)
{
	for(e := c.buckets[k % len c.buckets]; e != nil; e = e.chain)
		if(e.key == k){
			detach(e);
			pushfront(c.head, e);
			c.hits++;
			return (1, e.val);
		}
	c.misses++;
	return (0, nil);
}

Cache.unhash(c: self ref Cache, e: ref Entry)
{
	b := e.key % len c.buckets;
	if(c.buckets[b] == e){
		c.buckets[b] = e.chain;
		return;
	}
	for(p := c.buckets[b]; p.chain != nil; p = p.chain)
		if(p.chain == e){
			p.chain = e.chain;
			return;
		}
}

Cache.put(c: self ref Cache, k: int, v: string)
{
	(found, nil) := c.get(k);
	if(found){
		c.hits--;	# not a real lookup
		c.head.next.val = v;
		return;
	}
	c.misses--;
	if(c.n == c.cap){
		old := c.head.prev;
		detach(old);
		c.unhash(old);
		c.n--;
		c.evictions++;
		sys->print("    evict %d=%s\n", old.key, old.val);
	}
	e := ref Entry(k, v, nil, nil, c.buckets[k % len c.buckets]);
	c.buckets[k % len c.buckets] = e;
	pushfront(c.head, e);
	c.n++;
}

Cache.order(c: self ref Cache): string
{
	s := "";
	for(e := c.head.next; e != c.head; e = e.next)
		s += sys->sprint(" %d", e.key);
	return "[" + s + " ]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := Cache.mk(4);
	words := array[] of {"zero", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve"};
	ops := array[] of {1, 2, 3, 1, 4, 5, -2, -1, 6, 10, -5, 1, -3, 12, 7, -10, 2};
	for(i := 0; i < len ops; i++){
		k := ops[i];
		if(k >= 0){
			c.put(k, words[k]);
			sys->print("put %2d      %s\n", k, c.order());
		}else{
			(ok, v) := c.get(-k);
			if(!ok)
				v = "(miss)";
			sys->print("get %2d %-6s %s\n", -k, v, c.order());
		}
	}
	sys->print("hits %d misses %d evictions %d size %d\n", c.hits, c.misses, c.evictions, c.n);
	# bucket occupancy
	for(b := 0; b < len c.buckets; b++){
		s := "";
		for(e := c.buckets[b]; e != nil; e = e.chain)
			s += " " + e.val;
		sys->print("bucket %d:%s\n", b, s);
	}
}
