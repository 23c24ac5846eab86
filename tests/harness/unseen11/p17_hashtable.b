implement HashTable;

include "sys.m";
	sys: Sys;
include "draw.m";

HashTable: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

fnv1a(s: string): int
{
	h := int 16r811c9dc5;
	b := array of byte s;
	for(i := 0; i < len b; i++){
		h ^= int b[i];
		h *= 16r01000193;
	}
	return h;
}

djb2(s: string): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = (h << 5) + h + s[i];
	return h;
}

# open addressing with linear probing
Table: adt {
	keys:	array of string;
	vals:	array of int;
	used:	int;
	probes:	int;

	new:	fn(n: int): ref Table;
	slot:	fn(t: self ref Table, k: string): int;
	incr:	fn(t: self ref Table, k: string);
	get:	fn(t: self ref Table, k: string): int;
	grow:	fn(t: self ref Table);
};

Table.new(n: int): ref Table
{
	return ref Table(array[n] of string, array[n] of {* => 0}, 0, 0);
}

Table.slot(t: self ref Table, k: string): int
{
	m := len t.keys;
	i := (fnv1a(k) & 16r7fffffff) % m;
	while(t.keys[i] != nil && t.keys[i] != k){
		t.probes++;
		i = (i + 1) % m;
	}
	return i;
}

Table.grow(t: self ref Table)
{
	ok := t.keys;
	ov := t.vals;
	t.keys = array[2 * len ok] of string;
	t.vals = array[2 * len ok] of {* => 0};
	for(i := 0; i < len ok; i++)
		if(ok[i] != nil){
			j := t.slot(ok[i]);
			t.keys[j] = ok[i];
			t.vals[j] = ov[i];
		}
}

Table.incr(t: self ref Table, k: string)
{
	if(4 * (t.used + 1) > 3 * len t.keys)
		t.grow();
	i := t.slot(k);
	if(t.keys[i] == nil){
		t.keys[i] = k;
		t.used++;
	}
	t.vals[i]++;
}

Table.get(t: self ref Table, k: string): int
{
	i := t.slot(k);
	if(t.keys[i] == nil)
		return 0;
	return t.vals[i];
}

text := "it was the best of times it was the worst of times it was the age of wisdom " +
	"it was the age of foolishness it was the epoch of belief it was the epoch of " +
	"incredulity it was the season of light it was the season of darkness it was " +
	"the spring of hope it was the winter of despair";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(s := array[] of {"", "a", "foobar", "hash", "Inferno"}; len s > 0; s = s[1:])
		sys->print("%-8s fnv1a %.8ux djb2 %.8ux\n", s[0], fnv1a(s[0]), djb2(s[0]));

	t := Table.new(4);
	(n, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words)
		t.incr(hd words);
	sys->print("%d words, %d distinct, table size %d, extra probes %d\n",
		n, t.used, len t.keys, t.probes);

	# collect and sort by count descending then word
	ks := array[t.used] of string;
	j := 0;
	for(i := 0; i < len t.keys; i++)
		if(t.keys[i] != nil)
			ks[j++] = t.keys[i];
	for(i = 1; i < len ks; i++){
		k := ks[i];
		for(j = i - 1; j >= 0 && before(t, k, ks[j]); j--)
			ks[j+1] = ks[j];
		ks[j+1] = k;
	}
	for(i = 0; i < len ks; i++)
		sys->print("%3d %s\n", t.get(ks[i]), ks[i]);
	sys->print("missing word count: %d\n", t.get("dickens"));

	# bucket distribution of a simple hash over many keys
	buckets := array[16] of {* => 0};
	for(i = 0; i < 4000; i++)
		buckets[(djb2("key" + string i) & 16r7fffffff) % 16]++;
	sys->print("djb2 buckets:");
	for(i = 0; i < 16; i++)
		sys->print(" %d", buckets[i]);
	sys->print("\n");
}

before(t: ref Table, a, b: string): int
{
	ca := t.get(a);
	cb := t.get(b);
	if(ca != cb)
		return ca > cb;
	return a < b;
}
