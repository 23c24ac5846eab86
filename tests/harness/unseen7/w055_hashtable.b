implement HashTable;

include "sys.m";
	sys: Sys;
include "draw.m";

HashTable: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Nbucket: con 7;

Table: adt {
	b: array of list of (string, int);
	n: int;
	new: fn(): ref Table;
	put: fn(t: self ref Table, k: string, v: int);
	get: fn(t: self ref Table, k: string): (int, int);
	del: fn(t: self ref Table, k: string): int;
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h % Nbucket;
}

Table.new(): ref Table
{
	return ref Table(array[Nbucket] of list of (string, int), 0);
}

Table.put(t: self ref Table, k: string, v: int)
{
	h := hash(k);
	nl: list of (string, int);
	found := 0;
	for(l := t.b[h]; l != nil; l = tl l){
		(kk, vv) := hd l;
		if(kk == k){
			vv = v;
			found = 1;
		}
		nl = (kk, vv) :: nl;
	}
	if(!found){
		nl = (k, v) :: nl;
		t.n++;
	}
	t.b[h] = nl;
}

Table.get(t: self ref Table, k: string): (int, int)
{
	for(l := t.b[hash(k)]; l != nil; l = tl l)
		if((hd l).t0 == k)
			return ((hd l).t1, 1);
	return (0, 0);
}

Table.del(t: self ref Table, k: string): int
{
	h := hash(k);
	nl: list of (string, int);
	gone := 0;
	for(l := t.b[h]; l != nil; l = tl l)
		if((hd l).t0 == k)
			gone = 1;
		else
			nl = hd l :: nl;
	t.b[h] = nl;
	if(gone)
		t.n--;
	return gone;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := Table.new();
	text := "it was the best of times it was the worst of times it was the age of wisdom";
	(nil, words) := sys->tokenize(text, " ");
	for(; words != nil; words = tl words){
		(c, nil) := t.get(hd words);
		t.put(hd words, c + 1);
	}
	sys->print("distinct %d\n", t.n);
	for(i := 0; i < Nbucket; i++)
		sys->print("bucket %d: %d entries\n", i, len t.b[i]);
	probes := array[] of {"it", "was", "times", "wisdom", "folly"};
	for(i = 0; i < len probes; i++){
		(v, ok) := t.get(probes[i]);
		sys->print("%-7s %d %d\n", probes[i], v, ok);
	}
	sys->print("del the %d, del zzz %d, now %d\n", t.del("the"), t.del("zzz"), t.n);
}
