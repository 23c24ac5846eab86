#args: the cat and the dog and the bird saw the cat
implement GenMap;

include "sys.m";
	sys: Sys;
include "draw.m";

GenMap: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Map: adt[T] {
	buckets: array of list of (string, T);
	n: int;
	dflt: T;

	put: fn(m: self ref Map[T], k: string, v: T);
	get: fn(m: self ref Map[T], k: string): T;
	has: fn(m: self ref Map[T], k: string): int;
	del: fn(m: self ref Map[T], k: string): int;
	keys: fn(m: self ref Map[T]): list of string;
};

hash(s: string, n: int): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) % 1000003;
	return h % n;
}

Map[T].put(m: self ref Map[T], k: string, v: T)
{
	b := hash(k, len m.buckets);
	nl: list of (string, T);
	found := 0;
	for(l := m.buckets[b]; l != nil; l = tl l){
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
	m.buckets[b] = nl;
}

Map[T].get(m: self ref Map[T], k: string): T
{
	for(l := m.buckets[hash(k, len m.buckets)]; l != nil; l = tl l){
		(kk, vv) := hd l;
		if(kk == k)
			return vv;
	}
	return m.dflt;
}

Map[T].has(m: self ref Map[T], k: string): int
{
	for(l := m.buckets[hash(k, len m.buckets)]; l != nil; l = tl l){
		(kk, nil) := hd l;
		if(kk == k)
			return 1;
	}
	return 0;
}

Map[T].del(m: self ref Map[T], k: string): int
{
	b := hash(k, len m.buckets);
	nl: list of (string, T);
	gone := 0;
	for(l := m.buckets[b]; l != nil; l = tl l){
		(kk, nil) := hd l;
		if(kk == k)
			gone = 1;
		else
			nl = hd l :: nl;
	}
	m.buckets[b] = nl;
	if(gone)
		m.n--;
	return gone;
}

Map[T].keys(m: self ref Map[T]): list of string
{
	r: list of string;
	for(i := 0; i < len m.buckets; i++)
		for(l := m.buckets[i]; l != nil; l = tl l){
			(k, nil) := hd l;
			r = k :: r;
		}
	return sort(r);
}

sort(l: list of string): list of string
{
	a := array[len l] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++){
		x := a[i];
		j := i - 1;
		for(; j >= 0 && a[j] > x; j--)
			a[j + 1] = a[j];
		a[j + 1] = x;
	}
	r: list of string;
	for(i = len a - 1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

# polymorphic helpers that work for any instantiation
mapvals[T](m: ref Map[T], f: ref fn(k: string, v: T): T)
{
	for(ks := m.keys(); ks != nil; ks = tl ks)
		m.put(hd ks, f(hd ks, m.get(hd ks)));
}

dump[T](name: string, m: ref Map[T], show: ref fn(v: T): string)
{
	sys->print("%s (%d):", name, m.n);
	for(ks := m.keys(); ks != nil; ks = tl ks)
		sys->print(" %s=%s", hd ks, show(m.get(hd ks)));
	sys->print("\n");
}

Count: adt {
	n: int;
	first: int;
};

showcount(c: ref Count): string { return string c.n + "@" + string c.first; }
showstr(s: string): string { return "\"" + s + "\""; }
showlist(l: list of string): string
{
	r := "[";
	for(; l != nil; l = tl l){
		r += hd l;
		if(tl l != nil)
			r += ",";
	}
	return r + "]";
}
double(nil: string, c: ref Count): ref Count { return ref Count(c.n * 2, c.first); }
tag(k: string, v: string): string { return k + ":" + v; }
revl(nil: string, l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

newmap[T](size: int, d: T): ref Map[T]
{
	return ref Map[T](array[size] of list of (string, T), 0, d);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	counts := newmap(7, ref Count(0, -1));
	pos := 0;
	for(a := tl args; a != nil; a = tl a){
		w := hd a;
		c := counts.get(w);
		if(c.first < 0)
			counts.put(w, ref Count(1, pos));
		else
			c.n++;	# shared reference: updated in place
		pos++;
	}
	dump("counts", counts, showcount);
	mapvals(counts, double);
	dump("doubled", counts, showcount);
	sys->print("has cat=%d has cow=%d\n", counts.has("cat"), counts.has("cow"));
	sys->print("cow -> %s\n", showcount(counts.get("cow")));
	sys->print("del the=%d del cow=%d\n", counts.del("the"), counts.del("cow"));
	dump("deleted", counts, showcount);

	colours := newmap(3, "none");
	colours.put("sky", "blue");
	colours.put("grass", "green");
	colours.put("sun", "yellow");
	colours.put("sky", "grey");
	colours.put("rose", "red");
	dump("colours", colours, showstr);
	mapvals(colours, tag);
	dump("tagged", colours, showstr);
	sys->print("missing -> %s\n", colours.get("sea"));

	empty: list of string;
	groups := newmap(5, empty);
	for(a = tl args; a != nil; a = tl a){
		k := string len hd a;
		groups.put(k, hd a :: groups.get(k));
	}
	dump("bylen", groups, showlist);
	mapvals(groups, revl);
	dump("bylen-rev", groups, showlist);
	used := 0;
	for(i := 0; i < len groups.buckets; i++)
		if(groups.buckets[i] != nil)
			used++;
	sys->print("groups use %d of %d buckets\n", used, len groups.buckets);
}
