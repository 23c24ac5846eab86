implement Lru;

include "sys.m";
	sys: Sys;
include "draw.m";

Lru: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	val:	int;
	prev, next:	cyclic ref Node;
};

Cache: adt {
	head:	ref Node;	# sentinel
	cap, size:	int;
	hits, misses:	int;
	new:	fn(cap: int): ref Cache;
	get:	fn(c: self ref Cache, k: string): (int, int);
	put:	fn(c: self ref Cache, k: string, v: int): string;
	keys:	fn(c: self ref Cache): string;
};

Cache.new(cap: int): ref Cache
{
	h := ref Node("", 0, nil, nil);
	h.prev = h;
	h.next = h;
	return ref Cache(h, cap, 0, 0, 0);
}

unlink(n: ref Node)
{
	n.prev.next = n.next;
	n.next.prev = n.prev;
}

pushfront(h, n: ref Node)
{
	n.next = h.next;
	n.prev = h;
	h.next.prev = n;
	h.next = n;
}

find(c: ref Cache, k: string): ref Node
{
	for(n := c.head.next; n != c.head; n = n.next)
		if(n.key == k)
			return n;
	return nil;
}

Cache.get(c: self ref Cache, k: string): (int, int)
{
	n := find(c, k);
	if(n == nil){
		c.misses++;
		return (0, 0);
	}
	c.hits++;
	unlink(n);
	pushfront(c.head, n);
	return (1, n.val);
}

Cache.put(c: self ref Cache, k: string, v: int): string
{
	n := find(c, k);
	if(n != nil){
		n.val = v;
		unlink(n);
		pushfront(c.head, n);
		return nil;
	}
	evicted: string;
	if(c.size == c.cap){
		old := c.head.prev;
		unlink(old);
		evicted = old.key;
		c.size--;
	}
	pushfront(c.head, ref Node(k, v, nil, nil));
	c.size++;
	return evicted;
}

Cache.keys(c: self ref Cache): string
{
	s := "";
	for(n := c.head.next; n != c.head; n = n.next)
		s += sys->sprint(" %s=%d", n.key, n.val);
	return "[" + s + " ]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := Cache.new(3);
	ops := array[] of {
		"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b",
		"get c", "put a 10", "put e 5", "get d", "get a", "get e",
	};
	for(i := 0; i < len ops; i++){
		(nil, t) := sys->tokenize(ops[i], " ");
		case hd t {
		"put" =>
			ev := c.put(hd tl t, int hd tl tl t);
			if(ev != nil)
				sys->print("%-10s evict %s %s\n", ops[i], ev, c.keys());
			else
				sys->print("%-10s         %s\n", ops[i], c.keys());
		"get" =>
			(ok, v) := c.get(hd tl t);
			if(ok)
				sys->print("%-10s -> %-3d  %s\n", ops[i], v, c.keys());
			else
				sys->print("%-10s miss    %s\n", ops[i], c.keys());
		}
	}
	sys->print("hits %d misses %d size %d\n", c.hits, c.misses, c.size);
}
