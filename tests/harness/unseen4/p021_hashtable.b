implement Hashtable;

include "sys.m";
	sys: Sys;
include "draw.m";

Hashtable: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Table: adt {
	buckets: array of list of (string, int);
	n: int;

	new: fn(size: int): ref Table;
	hash: fn(t: self ref Table, s: string): int;
	put: fn(t: self ref Table, k: string, v: int);
	get: fn(t: self ref Table, k: string): (int, int);
	del: fn(t: self ref Table, k: string): int;
	grow: fn(t: self ref Table);
	stats: fn(t: self ref Table): string;
};

Table.new(size: int): ref Table
{
	return ref Table(array[size] of list of (string, int), 0);
}

Table.hash(t: self ref Table, s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h % len t.buckets;
}

Table.put(t: self ref Table, k: string, v: int)
{
	b := t.hash(k);
	nl: list of (string, int);
	found := 0;
	for(l := t.buckets[b]; l != nil; l = tl l){
		(key, val) := hd l;
		if(key == k){
			val = v;
			found = 1;
		}
		nl = (key, val) :: nl;
	}
	if(!found){
		nl = (k, v) :: nl;
		t.n++;
	}
	t.buckets[b] = nl;
	if(t.n > 2 * len t.buckets)
		t.grow();
}

Table.get(t: self ref Table, k: string): (int, int)
{
	for(l := t.buckets[t.hash(k)]; l != nil; l = tl l){
		(key, val) := hd l;
		if(key == k)
			return (1, val);
	}
	return (0, 0);
}

Table.del(t: self ref Table, k: string): int
{
	b := t.hash(k);
	nl: list of (string, int);
	found := 0;
	for(l := t.buckets[b]; l != nil; l = tl l){
		(key, nil) := hd l;
		if(key == k)
			found = 1;
		else
			nl = hd l :: nl;
	}
	t.buckets[b] = nl;
	if(found)
		t.n--;
	return found;
}

Table.grow(t: self ref Table)
{
	old := t.buckets;
	t.buckets = array[2 * len old + 1] of list of (string, int);
	t.n = 0;
	for(i := 0; i < len old; i++)
		for(l := old[i]; l != nil; l = tl l){
			(k, v) := hd l;
			t.put(k, v);
		}
	sys->fprint(sys->fildes(2), "grew to %d buckets\n", len t.buckets);
}

Table.stats(t: self ref Table): string
{
	maxc := 0;
	empty := 0;
	for(i := 0; i < len t.buckets; i++){
		c := len t.buckets[i];
		if(c == 0)
			empty++;
		if(c > maxc)
			maxc = c;
	}
	return sys->sprint("n=%d buckets=%d empty=%d maxchain=%d", t.n, len t.buckets, empty, maxc);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := Table.new(3);
	text := "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
	(nil, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words){
		(ok, c) := t.get(hd words);
		if(ok)
			t.put(hd words, c + 1);
		else
			t.put(hd words, 1);
	}
	sys->print("%s\n", t.stats());
	probe := array[] of {"it", "was", "the", "of", "times", "wisdom", "nope", "age"};
	for(i := 0; i < len probe; i++){
		(ok, c) := t.get(probe[i]);
		sys->print("%-8s found=%d count=%d\n", probe[i], ok, c);
	}
	sys->print("del the=%d del nope=%d\n", t.del("the"), t.del("nope"));
	(ok, nil) := t.get("the");
	sys->print("the present after delete: %d\n", ok);
	sys->print("%s\n", t.stats());
}
