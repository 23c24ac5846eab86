implement LruCache;

include "sys.m";
	sys: Sys;
include "draw.m";

LruCache: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Entry: adt {
	key: int;
	val: string;
	older, newer: cyclic ref Entry;
};

Cache: adt {
	cap: int;
	slots: array of ref Entry;	# direct-mapped index by key % len
	newest, oldest: ref Entry;
	size, hits, misses, evictions: int;

	get: fn(c: self ref Cache, k: int): (string, int);
	put: fn(c: self ref Cache, k: int, v: string);
	unlink: fn(c: self ref Cache, e: ref Entry);
	pushnew: fn(c: self ref Cache, e: ref Entry);
	order: fn(c: self ref Cache): string;
};

lookup(c: ref Cache, k: int): ref Entry
{
	for(e := c.newest; e != nil; e = e.older)
		if(e.key == k)
			return e;
	return nil;
}

Cache.unlink(c: self ref Cache, e: ref Entry)
{
	if(e.older != nil)
		e.older.newer = e.newer;
	else
		c.oldest = e.newer;
	if(e.newer != nil)
		e.newer.older = e.older;
	else
		c.newest = e.older;
	e.older = e.newer = nil;
	c.size--;
}

Cache.pushnew(c: self ref Cache, e: ref Entry)
{
	e.older = c.newest;
	e.newer = nil;
	if(c.newest != nil)
		c.newest.newer = e;
	c.newest = e;
	if(c.oldest == nil)
		c.oldest = e;
	c.size++;
}

Cache.get(c: self ref Cache, k: int): (string, int)
{
	e := lookup(c, k);
	if(e == nil){
		c.misses++;
		return (nil, 0);
	}
	c.hits++;
	c.unlink(e);
	c.pushnew(e);
	return (e.val, 1);
}

Cache.put(c: self ref Cache, k: int, v: string)
{
	e := lookup(c, k);
	if(e != nil){
		e.val = v;
		c.unlink(e);
		c.pushnew(e);
		return;
	}
	if(c.size >= c.cap){
		old := c.oldest;
		c.unlink(old);
		c.evictions++;
		sys->print("  evict %d:%s\n", old.key, old.val);
	}
	c.pushnew(ref Entry(k, v, nil, nil));
}

Cache.order(c: self ref Cache): string
{
	s := "";
	for(e := c.newest; e != nil; e = e.older)
		s += sys->sprint(" %d", e.key);
	return "[" + s + " ]";
}

slowsquare(n: int): string
{
	return string (n * n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := ref Cache(3, nil, nil, nil, 0, 0, 0, 0);
	reqs := array[] of {1, 2, 3, 1, 4, 2, 5, 1, 1, 3, 4, 5};
	for(i := 0; i < len reqs; i++){
		k := reqs[i];
		(v, ok) := c.get(k);
		if(!ok){
			v = slowsquare(k);
			c.put(k, v);
			sys->print("miss %d -> %s %s\n", k, v, c.order());
		} else
			sys->print("hit  %d -> %s %s\n", k, v, c.order());
	}
	c.put(3, "nine!");
	(v, nil) := c.get(3);
	sys->print("updated 3 = %s %s\n", v, c.order());
	sys->fprint(sys->fildes(2), "hits %d misses %d evictions %d size %d\n", c.hits, c.misses, c.evictions, c.size);
}
