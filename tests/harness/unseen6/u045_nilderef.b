implement NilDeref;

include "sys.m";
	sys: Sys;
include "draw.m";

NilDeref: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Entry: adt {
	key: string;
	val: int;
	next: cyclic ref Entry;
};

Table: adt {
	buckets: array of ref Entry;
	add: fn(t: self ref Table, k: string, v: int);
	find: fn(t: self ref Table, k: string): ref Entry;
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = h*31 + s[i];
	if(h < 0)
		h = -h;
	return h % 7;
}

Table.add(t: self ref Table, k: string, v: int)
{
	b := hash(k);
	t.buckets[b] = ref Entry(k, v, t.buckets[b]);
}

Table.find(t: self ref Table, k: string): ref Entry
{
	for(e := t.buckets[hash(k)]; e != nil; e = e.next)
		if(e.key == k)
			return e;
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := ref Table(array[7] of ref Entry);
	words := array[] of {"apple", "banana", "cherry", "date", "elder", "fig"};
	for(i := 0; i < len words; i++)
		t.add(words[i], len words[i] * 10 + i);
	for(i = 0; i < len words; i++)
		sys->print("%s -> %d (bucket %d)\n", words[i], t.find(words[i]).val, hash(words[i]));
	used := 0;
	for(i = 0; i < len t.buckets; i++)
		if(t.buckets[i] != nil)
			used++;
	sys->print("buckets used: %d\n", used);
	sys->print("looking up grape without checking for nil\n");
	v := t.find("grape").val;
	sys->print("grape -> %d\n", v);
}
