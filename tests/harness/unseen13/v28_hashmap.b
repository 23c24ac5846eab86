implement HashMap;

include "sys.m";
	sys: Sys;
include "draw.m";

HashMap: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# open addressing with linear probing and resize at 70% load,
# ported from the usual C exercise

Slot: adt {
	key:	string;
	val:	int;
	used:	int;
};

Map: adt {
	slots:	array of Slot;
	n:	int;
	probes:	int;

	new:	fn(size: int): ref Map;
	hash:	fn(m: self ref Map, k: string): int;
	put:	fn(m: self ref Map, k: string, v: int);
	get:	fn(m: self ref Map, k: string): (int, int);
	grow:	fn(m: self ref Map);
};

Map.new(size: int): ref Map
{
	return ref Map(array[size] of Slot, 0, 0);
}

# FNV-1a, 32 bits
Map.hash(m: self ref Map, k: string): int
{
	h := int 16r811c9dc5;
	for(i := 0; i < len k; i++){
		h ^= k[i];
		h *= 16777619;
	}
	return (h & 16r7fffffff) % len m.slots;
}

Map.put(m: self ref Map, k: string, v: int)
{
	if(10 * (m.n + 1) > 7 * len m.slots)
		m.grow();
	i := m.hash(k);
	while(m.slots[i].used && m.slots[i].key != k){
		i = (i + 1) % len m.slots;
		m.probes++;
	}
	if(!m.slots[i].used)
		m.n++;
	m.slots[i] = Slot(k, v, 1);
}

Map.get(m: self ref Map, k: string): (int, int)
{
	for(i := m.hash(k); m.slots[i].used; i = (i + 1) % len m.slots)
		if(m.slots[i].key == k)
			return (m.slots[i].val, 1);
	return (0, 0);
}

Map.grow(m: self ref Map)
{
	old := m.slots;
	sys->print("  grow %d -> %d (n=%d)\n", len old, 2*len old, m.n);
	m.slots = array[2*len old] of Slot;
	m.n = 0;
	for(i := 0; i < len old; i++)
		if(old[i].used)
			m.put(old[i].key, old[i].val);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := Map.new(4);
	elems := array[] of {"H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si"};
	for(i := 0; i < len elems; i++)
		m.put(elems[i], i + 1);
	m.put("C", 6000);
	sys->print("n=%d cap=%d probes=%d\n", m.n, len m.slots, m.probes);
	for(i = 0; i < len m.slots; i++)
		if(m.slots[i].used)
			sys->print("  [%2d] %-2s = %d\n", i, m.slots[i].key, m.slots[i].val);
	keys := array[] of {"O", "C", "Xe", "Si"};
	for(i = 0; i < len keys; i++){
		(v, ok) := m.get(keys[i]);
		if(ok)
			sys->print("%s -> %d\n", keys[i], v);
		else
			sys->print("%s missing\n", keys[i]);
	}
	# the classic off-by-one: walk one past the end of the table
	used := 0;
	for(i = 0; i <= len m.slots; i++)
		used += m.slots[i].used;
	sys->print("used %d\n", used);
}
