implement HashMap;

include "sys.m";
	sys: Sys;
include "draw.m";

HashMap: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Map: adt[V] {
	buckets:	array of list of (string, V);
	n:	int;
	resizes:	int;

	new:	fn(size: int): ref Map[V];
	put:	fn(m: self ref Map[V], k: string, v: V);
	get:	fn(m: self ref Map[V], k: string): (V, int);
	del:	fn(m: self ref Map[V], k: string): int;
	keys:	fn(m: self ref Map[V]): array of string;
};

hashstr(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = ((h << 4) ^ (h >> 27) ^ s[i]) & 16r7fffffff;
	return h;
}

Map[V].new(size: int): ref Map[V]
{
	return ref Map[V](array[size] of list of (string, V), 0, 0);
}

Map[V].put(m: self ref Map[V], k: string, v: V)
{
	h := hashstr(k) % len m.buckets;
	nl: list of (string, V);
	found := 0;
	for(l := m.buckets[h]; l != nil; l = tl l){
		(kk, vv) := hd l;
		if(kk == k){
			vv = v;
			found = 1;
		}
		nl = (kk, vv) :: nl;
	}
	if(!found){
		nl = (k, v) :: nl;
		m.n++;
	}
	m.buckets[h] = nl;
	if(m.n > 2 * len m.buckets){
		old := m.buckets;
		m.buckets = array[2 * len old + 1] of list of (string, V);
		m.resizes++;
		for(i := 0; i < len old; i++)
			for(l = old[i]; l != nil; l = tl l){
				(kk, vv) := hd l;
				b := hashstr(kk) % len m.buckets;
				m.buckets[b] = (kk, vv) :: m.buckets[b];
			}
	}
}

Map[V].get(m: self ref Map[V], k: string): (V, int)
{
	h := hashstr(k) % len m.buckets;
	for(l := m.buckets[h]; l != nil; l = tl l)
		if((hd l).t0 == k)
			return ((hd l).t1, 1);
	v: V;
	return (v, 0);
}

Map[V].del(m: self ref Map[V], k: string): int
{
	h := hashstr(k) % len m.buckets;
	nl: list of (string, V);
	found := 0;
	for(l := m.buckets[h]; l != nil; l = tl l)
		if((hd l).t0 == k)
			found = 1;
		else
			nl = hd l :: nl;
	m.buckets[h] = nl;
	if(found)
		m.n--;
	return found;
}

Map[V].keys(m: self ref Map[V]): array of string
{
	a := array[m.n] of string;
	j := 0;
	for(i := 0; i < len m.buckets; i++)
		for(l := m.buckets[i]; l != nil; l = tl l)
			a[j++] = (hd l).t0;
	sort(a);
	return a;
}

sort(a: array of string)
{
	# shell sort
	for(gap := len a / 2; gap > 0; gap /= 2)
		for(i := gap; i < len a; i++)
			for(j := i - gap; j >= 0 && a[j] > a[j+gap]; j -= gap)
				(a[j], a[j+gap]) = (a[j+gap], a[j]);
}

Person: adt {
	name:	string;
	age:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := Map[string].new(2);
	elements := array[] of {"H", "hydrogen", "He", "helium", "Li", "lithium", "Be", "beryllium",
		"B", "boron", "C", "carbon", "N", "nitrogen", "O", "oxygen", "F", "fluorine", "Ne", "neon",
		"Na", "sodium", "Mg", "magnesium"};
	for(i := 0; i < len elements; i += 2)
		m.put(elements[i], elements[i+1]);
	sys->print("%d entries, %d buckets, %d resizes\n", m.n, len m.buckets, m.resizes);
	probe := array[] of {"C", "Fe", "Ne", "He"};
	for(i = 0; i < len probe; i++){
		(v, ok) := m.get(probe[i]);
		if(ok)
			sys->print("%-3s -> %s\n", probe[i], v);
		else
			sys->print("%-3s -> (missing)\n", probe[i]);
	}
	m.put("C", "CARBON");
	sys->print("del Li %d, del Xx %d, n=%d\n", m.del("Li"), m.del("Xx"), m.n);
	ks := m.keys();
	s := "";
	for(i = 0; i < len ks; i++){
		(v, nil) := m.get(ks[i]);
		s += ks[i] + "=" + v[0:3] + " ";
	}
	sys->print("%s\n", s);
	pm := Map[ref Person].new(7);
	pm.put("ken", ref Person("Ken", 81));
	pm.put("dmr", ref Person("Dennis", 70));
	pm.put("rob", ref Person("Rob", 68));
	(p, ok) := pm.get("dmr");
	sys->print("found %d: %s aged %d\n", ok, p.name, p.age);
	(p, ok) = pm.get("bwk");
	sys->print("found %d: nil=%d\n", ok, p == nil);
	# distribution across buckets
	bm := Map[string].new(5);
	for(i = 0; i < 200; i++)
		bm.put(sys->sprint("key%03d", i), string (i*i));
	maxb := 0;
	empty := 0;
	for(i = 0; i < len bm.buckets; i++){
		c := len bm.buckets[i];
		if(c > maxb)
			maxb = c;
		if(c == 0)
			empty++;
	}
	(v199, nil) := bm.get("key199");
	sys->print("200 keys: buckets=%d resizes=%d longest=%d empty=%d key199=%s\n", len bm.buckets, bm.resizes, maxb, empty, v199);
}
