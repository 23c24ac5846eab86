implement LinkedList;

include "sys.m";
	sys: Sys;
include "draw.m";

LinkedList: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	key:	string;
	val:	int;
	next:	cyclic ref Node;
};

LRU: adt {
	head:	ref Node;
	size:	int;
	cap:	int;
	hits:	int;
	misses:	int;

	get:	fn(c: self ref LRU, key: string): int;
	put:	fn(c: self ref LRU, key: string, val: int);
	keys:	fn(c: self ref LRU): string;
	evict:	fn(c: self ref LRU);
};

LRU.get(c: self ref LRU, key: string): int
{
	prev: ref Node;
	for(n := c.head; n != nil; n = n.next){
		if(n.key == key){
			if(prev != nil){
				prev.next = n.next;
				n.next = c.head;
				c.head = n;
			}
			c.hits++;
			return n.val;
		}
		prev = n;
	}
	c.misses++;
	return -1;
}

LRU.put(c: self ref LRU, key: string, val: int)
{
	if(c.get(key) >= 0){
		c.head.val = val;
		return;
	}
	c.head = ref Node(key, val, c.head);
	c.size++;
	if(c.size > c.cap)
		c.evict();
}

# walks to the second-to-last node; assumes at least two nodes
LRU.evict(c: self ref LRU)
{
	n := c.head;
	while(n.next.next != nil)
		n = n.next;
	sys->print("  evict %s\n", n.next.key);
	n.next = nil;
	c.size--;
}

LRU.keys(c: self ref LRU): string
{
	s := "";
	for(n := c.head; n != nil; n = n.next)
		s += sys->sprint("%s=%d ", n.key, n.val);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := ref LRU(nil, 0, 3, 0, 0);
	ops := array[] of {"a", "b", "c", "a", "d", "b", "e", "a", "c"};
	for(i := 0; i < len ops; i++){
		k := ops[i];
		v := c.get(k);
		if(v < 0)
			c.put(k, i * 10);
		sys->print("%s -> %d | %s\n", k, v, c.keys());
	}
	sys->print("hits %d misses %d\n", c.hits, c.misses);
	# a cache of capacity zero triggers the evict edge case
	z := ref LRU(nil, 0, 0, 0, 0);
	sys->print("zero-capacity cache\n");
	z.put("x", 1);
	sys->print("not reached %s\n", z.keys());
}
