implement Hashes;

include "sys.m";
	sys: Sys;
include "draw.m";

Hashes: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

fnv1a(s: string): int
{
	h := int 16r811c9dc5;
	b := array of byte s;
	for(i := 0; i < len b; i++){
		h ^= int b[i];
		h *= 16777619;	# wraps modulo 2^32
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

# 64-bit FNV-1a using big
fnv64(s: string): big
{
	h := big 16rcbf29ce484222325;
	prime := big 16r100000001b3;
	b := array of byte s;
	for(i := 0; i < len b; i++){
		h ^= big b[i];
		h *= prime;
	}
	return h;
}

# open hashing table using the fnv hash
Table: adt {
	slots:	array of list of (string, int);

	new:	fn(n: int): ref Table;
	put:	fn(t: self ref Table, k: string, v: int);
	get:	fn(t: self ref Table, k: string): (int, int);
};

Table.new(n: int): ref Table
{
	return ref Table(array[n] of list of (string, int));
}

slot(t: ref Table, k: string): int
{
	h := fnv1a(k) & 16r7fffffff;
	return h % len t.slots;
}

Table.put(t: self ref Table, k: string, v: int)
{
	s := slot(t, k);
	t.slots[s] = (k, v) :: t.slots[s];
}

Table.get(t: self ref Table, k: string): (int, int)
{
	for(l := t.slots[slot(t, k)]; l != nil; l = tl l){
		(kk, v) := hd l;
		if(kk == k)
			return (1, v);
	}
	return (0, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"", "a", "foobar", "Inferno", "Plan 9", "limbo", "dis"};
	for(i := 0; i < len words; i++)
		sys->print("%-9q fnv1a=%.8ux djb2=%.8ux fnv64=%.16bux\n", words[i], fnv1a(words[i]), djb2(words[i]), fnv64(words[i]));
	t := Table.new(7);
	for(i = 0; i < len words; i++)
		t.put(words[i], len words[i] * 10);
	for(i = 0; i < len t.slots; i++)
		sys->print("slot %d: %d entries\n", i, len t.slots[i]);
	probes := array[] of {"limbo", "Plan 9", "styx", ""};
	for(i = 0; i < len probes; i++){
		(ok, v) := t.get(probes[i]);
		sys->print("get %q -> found=%d value=%d\n", probes[i], ok, v);
	}
}
