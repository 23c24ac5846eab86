implement SortZoo;

include "sys.m";
	sys: Sys;
include "draw.m";

SortZoo: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Rec: adt {
	key:	int;
	tag:	string;
	lt:	fn(a, b: ref Rec): int;
};

Rec.lt(a, b: ref Rec): int
{
	return a.key < b.key;
}

# generic insertion sort; stable
isort[T](a: array of T)
	for { T => lt: fn(a, b: T): int; }
{
	for(i := 1; i < len a; i++){
		v := a[i];
		j := i;
		while(j > 0 && T.lt(v, a[j-1])){
			a[j] = a[j-1];
			j--;
		}
		a[j] = v;
	}
}

# shell sort with Knuth's gaps, comparator passed as a function reference
shellsort(a: array of int, cmp: ref fn(a, b: int): int): int
{
	moves := 0;
	h := 1;
	while(h < len a/3)
		h = 3*h + 1;
	for(; h >= 1; h /= 3)
		for(i := h; i < len a; i++){
			v := a[i];
			j := i;
			while(j >= h && cmp(a[j-h], v) > 0){
				a[j] = a[j-h];
				j -= h;
				moves++;
			}
			a[j] = v;
		}
	return moves;
}

ascending(a, b: int): int
{
	return a - b;
}

descending(a, b: int): int
{
	return b - a;
}

byparity(a, b: int): int
{
	# evens before odds, then ascending
	pa := a & 1;
	pb := b & 1;
	if(pa != pb)
		return pa - pb;
	return a - b;
}

countingsort(a: array of int, max: int): array of int
{
	cnt := array[max+1] of {* => 0};
	for(i := 0; i < len a; i++)
		cnt[a[i]]++;
	out := array[len a] of int;
	k := 0;
	for(v := 0; v <= max; v++)
		for(c := cnt[v]; c > 0; c--)
			out[k++] = v;
	return out;
}

# LSD radix sort, one byte at a time, non-negative keys
radixsort(a: array of int)
{
	n := len a;
	buf := array[n] of int;
	for(shift := 0; shift < 32; shift += 8){
		cnt := array[257] of {* => 0};
		for(i := 0; i < n; i++)
			cnt[((a[i] >> shift) & 16rff) + 1]++;
		for(i = 0; i < 256; i++)
			cnt[i+1] += cnt[i];
		for(i = 0; i < n; i++){
			d := (a[i] >> shift) & 16rff;
			buf[cnt[d]++] = a[i];
		}
		a[0:] = buf;
	}
}

# insertion sort on a list of strings
linsert(s: string, l: list of string): list of string
{
	if(l == nil || s <= hd l)
		return s :: l;
	return hd l :: linsert(s, tl l);
}

pr(name: string, a: array of int)
{
	sys->print("%-10s", name);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	data := array[] of {42, 17, 8, 99, 23, 4, 15, 16, 8, 61, 30, 2};
	for(k := 0; k < 3; k++){
		a := array[len data] of int;
		a[0:] = data;
		cmp: ref fn(a, b: int): int;
		name: string;
		case k {
		0 =>	cmp = ascending; name = "shell-asc";
		1 =>	cmp = descending; name = "shell-desc";
		* =>	cmp = byparity; name = "shell-par";
		}
		m := shellsort(a, cmp);
		pr(name, a);
		sys->print("%-10s moves=%d\n", "", m);
	}

	pr("counting", countingsort(data, 99));

	r := array[20] of int;
	x := 99991;
	for(i := 0; i < len r; i++){
		x = (x * 1664525 + 1013904223) & 16r7fffffff;
		r[i] = x;
	}
	radixsort(r);
	ok := 1;
	for(i = 1; i < len r; i++)
		if(r[i-1] > r[i])
			ok = 0;
	sys->print("radix sorted=%d min=%d max=%d\n", ok, r[0], r[len r-1]);

	recs := array[] of {
		ref Rec(3, "c1"), ref Rec(1, "a1"), ref Rec(3, "c2"),
		ref Rec(2, "b1"), ref Rec(1, "a2"), ref Rec(3, "c3"), ref Rec(0, "z")
	};
	isort(recs);
	sys->print("stable:");
	for(i = 0; i < len recs; i++)
		sys->print(" %d/%s", recs[i].key, recs[i].tag);
	sys->print("\n");

	l: list of string;
	for(w := "sort" :: "limbo" :: "dis" :: "inferno" :: "styx" :: "acme" :: "emu" :: nil; w != nil; w = tl w)
		l = linsert(hd w, l);
	sys->print("list:");
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}
