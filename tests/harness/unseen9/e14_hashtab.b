implement HashTab;

include "sys.m";
	sys: Sys;
include "draw.m";

HashTab: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Entry: adt {
	key:	string;
	val:	int;
};

Table: adt {
	buckets:	array of list of ref Entry;
	n:	int;
	resizes:	int;

	new:	fn(size: int): ref Table;
	lookup:	fn(t: self ref Table, k: string): ref Entry;
	incr:	fn(t: self ref Table, k: string, d: int);
	delete:	fn(t: self ref Table, k: string): int;
	grow:	fn(t: self ref Table);
};

# FNV-1a on the runes, kept positive
hash(s: string): int
{
	h := int 16r811c9dc5;
	for(i := 0; i < len s; i++){
		h ^= s[i];
		h *= 16777619;
	}
	return h & 16r7fffffff;
}

Table.new(size: int): ref Table
{
	return ref Table(array[size] of list of ref Entry, 0, 0);
}

Table.lookup(t: self ref Table, k: string): ref Entry
{
	for(l := t.buckets[hash(k) % len t.buckets]; l != nil; l = tl l)
		if((hd l).key == k)
			return hd l;
	return nil;
}

Table.incr(t: self ref Table, k: string, d: int)
{
	e := t.lookup(k);
	if(e != nil){
		e.val += d;
		return;
	}
	if(t.n >= 2 * len t.buckets)
		t.grow();
	i := hash(k) % len t.buckets;
	t.buckets[i] = ref Entry(k, d) :: t.buckets[i];
	t.n++;
}

Table.delete(t: self ref Table, k: string): int
{
	i := hash(k) % len t.buckets;
	keep: list of ref Entry;
	found := 0;
	for(l := t.buckets[i]; l != nil; l = tl l)
		if((hd l).key == k)
			found = 1;
		else
			keep = hd l :: keep;
	t.buckets[i] = keep;
	if(found)
		t.n--;
	return found;
}

Table.grow(t: self ref Table)
{
	old := t.buckets;
	t.buckets = array[2 * len old + 1] of list of ref Entry;
	for(i := 0; i < len old; i++)
		for(l := old[i]; l != nil; l = tl l){
			j := hash((hd l).key) % len t.buckets;
			t.buckets[j] = hd l :: t.buckets[j];
		}
	t.resizes++;
}

# gather all entries into an array and sort by count desc, then key
sorted(t: ref Table): array of ref Entry
{
	a := array[t.n] of ref Entry;
	k := 0;
	for(i := 0; i < len t.buckets; i++)
		for(l := t.buckets[i]; l != nil; l = tl l)
			a[k++] = hd l;
	for(i = 1; i < len a; i++){
		e := a[i];
		j := i;
		while(j > 0 && (a[j-1].val < e.val || (a[j-1].val == e.val && a[j-1].key > e.key))){
			a[j] = a[j-1];
			j--;
		}
		a[j] = e;
	}
	return a;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

text := "It was the best of times, it was the worst of times, it was the age of " +
	"wisdom, it was the age of foolishness, it was the epoch of belief, it was " +
	"the epoch of incredulity, it was the season of Light, it was the season of " +
	"Darkness, it was the spring of hope, it was the winter of despair, we had " +
	"everything before us, we had nothing before us, we were all going direct to " +
	"Heaven, we were all going direct the other way";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	t := Table.new(3);
	(nw, words) := sys->tokenize(text, " ,.;");
	for(; words != nil; words = tl words)
		t.incr(lower(hd words), 1);
	sys->print("%d words, %d distinct, %d buckets after %d resizes\n", nw, t.n, len t.buckets, t.resizes);

	a := sorted(t);
	for(i := 0; i < 10; i++)
		sys->print("  %-8s %d\n", a[i].key, a[i].val);

	longest := 0;
	empty := 0;
	for(i = 0; i < len t.buckets; i++){
		if(len t.buckets[i] > longest)
			longest = len t.buckets[i];
		if(t.buckets[i] == nil)
			empty++;
	}
	sys->print("longest chain %d, empty buckets %d\n", longest, empty);

	for(l := "times" :: "was" :: "zebra" :: "of" :: nil; l != nil; l = tl l){
		k := hd l;
		d := t.delete(k);
		e := t.lookup(k);
		sys->print("delete %s -> %d, lookup now %d\n", k, d, e != nil);
	}
	sys->print("%d distinct remain\n", t.n);
	sys->print("hash(\"\")=%d hash(\"a\")=%d hash(\"inferno\")=%d\n", hash(""), hash("a"), hash("inferno"));
}
