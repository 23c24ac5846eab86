implement P39;
include "sys.m";
	sys: Sys;
include "draw.m";
P39: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Entry: adt {
	key: string;
	val: int;
};

Table: adt {
	buckets: array of list of ref Entry;
	count: int;
	new: fn(n: int): ref Table;
	put: fn(t: self ref Table, k: string, v: int);
	get: fn(t: self ref Table, k: string): (int, int);
	del: fn(t: self ref Table, k: string): int;
};

hash(s: string, n: int): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h % n;
}

Table.new(n: int): ref Table
{
	return ref Table(array[n] of list of ref Entry, 0);
}

Table.put(t: self ref Table, k: string, v: int)
{
	b := hash(k, len t.buckets);
	for(l := t.buckets[b]; l != nil; l = tl l)
		if((hd l).key == k){
			(hd l).val = v;
			return;
		}
	t.buckets[b] = ref Entry(k, v) :: t.buckets[b];
	t.count++;
}

Table.get(t: self ref Table, k: string): (int, int)
{
	for(l := t.buckets[hash(k, len t.buckets)]; l != nil; l = tl l)
		if((hd l).key == k)
			return ((hd l).val, 1);
	return (0, 0);
}

Table.del(t: self ref Table, k: string): int
{
	b := hash(k, len t.buckets);
	nl: list of ref Entry;
	found := 0;
	for(l := t.buckets[b]; l != nil; l = tl l)
		if((hd l).key == k)
			found = 1;
		else
			nl = hd l :: nl;
	t.buckets[b] = nl;
	t.count -= found;
	return found;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := Table.new(7);
	text := "the cat sat on the mat and the dog sat on the log ünïcode ünïcode";
	(nil, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words){
		(v, nil) := t.get(hd words);
		t.put(hd words, v + 1);
	}
	sys->print("distinct %d\n", t.count);
	keys := array[] of {"the", "sat", "on", "dog", "ünïcode", "missing", ""};
	for(i := 0; i < len keys; i++){
		(v, ok) := t.get(keys[i]);
		sys->print("%q: %d (%d)\n", keys[i], v, ok);
	}
	sys->print("del the %d del the %d count %d\n", t.del("the"), t.del("the"), t.count);
	for(i = 0; i < len t.buckets; i++){
		sys->print("bucket %d:", i);
		for(l := t.buckets[i]; l != nil; l = tl l)
			sys->print(" %s=%d", (hd l).key, (hd l).val);
		sys->print("\n");
	}
}
