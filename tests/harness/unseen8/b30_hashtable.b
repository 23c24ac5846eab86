implement HashTable;

include "sys.m";
	sys: Sys;
include "draw.m";

HashTable: module {
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
	hash: fn(t: self ref Table, s: string): int;
	find: fn(t: self ref Table, k: string): ref Entry;
	set: fn(t: self ref Table, k: string, v: int);
	incr: fn(t: self ref Table, k: string): int;
	del: fn(t: self ref Table, k: string): int;
	keys: fn(t: self ref Table): list of string;
};

Table.new(n: int): ref Table
{
	return ref Table(array[n] of list of ref Entry, 0);
}

Table.hash(t: self ref Table, s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7FFFFFFF;
	return h % len t.buckets;
}

Table.find(t: self ref Table, k: string): ref Entry
{
	for(l := t.buckets[t.hash(k)]; l != nil; l = tl l)
		if((hd l).key == k)
			return hd l;
	return nil;
}

Table.set(t: self ref Table, k: string, v: int)
{
	e := t.find(k);
	if(e != nil) {
		e.val = v;
		return;
	}
	h := t.hash(k);
	t.buckets[h] = ref Entry(k, v) :: t.buckets[h];
	t.count++;
}

Table.incr(t: self ref Table, k: string): int
{
	e := t.find(k);
	if(e == nil) {
		t.set(k, 1);
		return 1;
	}
	return ++e.val;
}

Table.del(t: self ref Table, k: string): int
{
	h := t.hash(k);
	nl: list of ref Entry;
	found := 0;
	for(l := t.buckets[h]; l != nil; l = tl l)
		if((hd l).key == k)
			found = 1;
		else
			nl = hd l :: nl;
	t.buckets[h] = nl;
	if(found)
		t.count--;
	return found;
}

sortstrings(l: list of string): list of string
{
	a := array[len l] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j] < a[j-1]; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
	r: list of string;
	for(i = len a - 1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

Table.keys(t: self ref Table): list of string
{
	r: list of string;
	for(i := 0; i < len t.buckets; i++)
		for(l := t.buckets[i]; l != nil; l = tl l)
			r = (hd l).key :: r;
	return sortstrings(r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	text := "the quick brown fox jumps over the lazy dog the fox barks and the dog runs over the hill";
	t := Table.new(7);
	word := "";
	for(i := 0; i <= len text; i++) {
		if(i == len text || text[i] == ' ') {
			if(word != "")
				t.incr(word);
			word = "";
		} else
			word[len word] = text[i];
	}
	sys->print("distinct=%d\n", t.count);
	for(k := t.keys(); k != nil; k = tl k)
		sys->print("%s=%d ", hd k, t.find(hd k).val);
	sys->print("\n");
	for(i = 0; i < len t.buckets; i++)
		sys->print("bucket %d: %d\n", i, len t.buckets[i]);
	sys->print("del the=%d del cat=%d count=%d\n", t.del("the"), t.del("cat"), t.count);
	t.set("fox", 100);
	e := t.find("fox");
	e.val++;
	sys->print("fox=%d the=%d\n", t.find("fox").val, t.find("the") == nil);
}
