implement LruCache;

include "sys.m";
	sys: Sys;
include "draw.m";

LruCache: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	val:	int;
	prev, next:	cyclic ref Node;
};

Cache: adt {
	head, tail:	ref Node;	# head is most recently used
	tab:	array of list of ref Node;
	n, cap:	int;
	hits, misses, evictions:	int;

	new:	fn(cap: int): ref Cache;
	get:	fn(c: self ref Cache, key: string): (int, int);
	put:	fn(c: self ref Cache, key: string, val: int);
	unlink:	fn(c: self ref Cache, n: ref Node);
	front:	fn(c: self ref Cache, n: ref Node);
	evict:	fn(c: self ref Cache): string;
	dump:	fn(c: self ref Cache): string;
};

hash(s: string, m: int): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = ((h << 5) + h + s[i]) & 16rFFFFFF;
	return h % m;
}

Cache.new(cap: int): ref Cache
{
	return ref Cache(nil, nil, array[13] of list of ref Node, 0, cap, 0, 0, 0);
}

Cache.unlink(c: self ref Cache, n: ref Node)
{
	if(n.prev != nil)
		n.prev.next = n.next;
	else
		c.head = n.next;
	if(n.next != nil)
		n.next.prev = n.prev;
	else
		c.tail = n.prev;
	n.prev = n.next = nil;
}

Cache.front(c: self ref Cache, n: ref Node)
{
	n.next = c.head;
	if(c.head != nil)
		c.head.prev = n;
	c.head = n;
	if(c.tail == nil)
		c.tail = n;
}

Cache.get(c: self ref Cache, key: string): (int, int)
{
	for(l := c.tab[hash(key, len c.tab)]; l != nil; l = tl l)
		if((hd l).key == key){
			c.hits++;
			c.unlink(hd l);
			c.front(hd l);
			return ((hd l).val, 1);
		}
	c.misses++;
	return (0, 0);
}

Cache.evict(c: self ref Cache): string
{
	victim := c.tail;
	c.unlink(victim);
	h := hash(victim.key, len c.tab);
	nl: list of ref Node;
	for(l := c.tab[h]; l != nil; l = tl l)
		if(hd l != victim)
			nl = hd l :: nl;
	c.tab[h] = nl;
	c.n--;
	c.evictions++;
	return victim.key;
}

Cache.put(c: self ref Cache, key: string, val: int)
{
	h := hash(key, len c.tab);
	for(l := c.tab[h]; l != nil; l = tl l)
		if((hd l).key == key){
			(hd l).val = val;
			c.unlink(hd l);
			c.front(hd l);
			return;
		}
	if(c.n >= c.cap)
		sys->print("  evict %s\n", c.evict());
	n := ref Node(key, val, nil, nil);
	c.tab[h] = n :: c.tab[h];
	c.front(n);
	c.n++;
}

Cache.dump(c: self ref Cache): string
{
	s := "[";
	for(n := c.head; n != nil; n = n.next){
		s += sys->sprint("%s=%d", n.key, n.val);
		if(n.next != nil)
			s += " ";
	}
	return s + "]";
}

# pretend to compute something expensive
slowsquare(k: string): int
{
	v := 0;
	for(i := 0; i < len k; i++)
		v += k[i];
	return v * v % 1000;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	c := Cache.new(3);
	trace := array[] of {"alpha", "beta", "alpha", "gamma", "delta", "beta", "alpha", "alpha", "epsilon", "gamma"};
	what := array[] of {"miss", "hit "};
	for(i := 0; i < len trace; i++){
		k := trace[i];
		(v, ok) := c.get(k);
		if(!ok){
			v = slowsquare(k);
			c.put(k, v);
		}
		sys->print("%-8s %s %3d %s\n", k, what[ok], v, c.dump());
	}
	sys->print("hits %d misses %d evictions %d\n", c.hits, c.misses, c.evictions);

	# shrink the cache to nothing; the evict loop trusts c.n and
	# goes one step too far, evicting from an empty list
	c.cap = 0;
	while(c.n >= c.cap)
		sys->print("drain %s, %d left\n", c.evict(), c.n);
	sys->print("not reached\n");
}
