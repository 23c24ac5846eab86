implement TypeClass;

include "sys.m";
	sys: Sys;
include "draw.m";

TypeClass: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Frac: adt {
	num, den: int;
	cmp: fn(a, b: ref Frac): int;
	eq: fn(a, b: ref Frac): int;
	str: fn(a: self ref Frac): string;
};

Version: adt {
	major, minor, patch: int;
	cmp: fn(a, b: ref Version): int;
	eq: fn(a, b: ref Version): int;
	str: fn(a: self ref Version): string;
};

Word: adt {
	s: string;
	cmp: fn(a, b: ref Word): int;
	eq: fn(a, b: ref Word): int;
	str: fn(a: self ref Word): string;
};

Frac.cmp(a, b: ref Frac): int
{
	l := a.num * b.den;
	r := b.num * a.den;
	if(l < r)
		return -1;
	if(l > r)
		return 1;
	return 0;
}
Frac.eq(a, b: ref Frac): int { return Frac.cmp(a, b) == 0; }
Frac.str(a: self ref Frac): string { return string a.num + "/" + string a.den; }

Version.cmp(a, b: ref Version): int
{
	if(a.major != b.major)
		return a.major - b.major;
	if(a.minor != b.minor)
		return a.minor - b.minor;
	return a.patch - b.patch;
}
Version.eq(a, b: ref Version): int { return Version.cmp(a, b) == 0; }
Version.str(a: self ref Version): string { return sys->sprint("v%d.%d.%d", a.major, a.minor, a.patch); }

# words compare case-insensitively
lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}
Word.cmp(a, b: ref Word): int
{
	x := lower(a.s);
	y := lower(b.s);
	if(x < y)
		return -1;
	if(x > y)
		return 1;
	return 0;
}
Word.eq(a, b: ref Word): int { return Word.cmp(a, b) == 0; }
Word.str(a: self ref Word): string { return a.s; }

comparisons := 0;

sort[T](l: list of T): list of T
	for { T => cmp: fn(a, b: T): int; }
{
	# stable insertion sort on lists
	r: list of T;
	for(; l != nil; l = tl l){
		x := hd l;
		before: list of T;
		rest := r;
		while(rest != nil){
			comparisons++;
			if(T.cmp(hd rest, x) > 0)
				break;
			before = hd rest :: before;
			rest = tl rest;
		}
		rest = x :: rest;
		for(; before != nil; before = tl before)
			rest = hd before :: rest;
		r = rest;
	}
	return r;
}

maximum[T](l: list of T): T
	for { T => cmp: fn(a, b: T): int; }
{
	m := hd l;
	for(l = tl l; l != nil; l = tl l)
		if(T.cmp(hd l, m) > 0)
			m = hd l;
	return m;
}

dedup[T](l: list of T): list of T
	for { T => eq: fn(a, b: T): int; }
{
	r: list of T;
	for(; l != nil; l = tl l){
		dup := 0;
		for(k := r; k != nil; k = tl k)
			if(T.eq(hd k, hd l))
				dup = 1;
		if(!dup)
			r = hd l :: r;
	}
	out: list of T;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

index[T](x: T, l: list of T): int
	for { T => eq: fn(a, b: T): int; }
{
	for(i := 0; l != nil; l = tl l){
		if(T.eq(x, hd l))
			return i;
		i++;
	}
	return -1;
}

show[T](label: string, l: list of T)
	for { T => str: fn(a: self T): string; }
{
	sys->print("%s:", label);
	for(; l != nil; l = tl l)
		sys->print(" %s", (hd l).str());
	sys->print("\n");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	fr := ref Frac(1, 2) :: ref Frac(2, 3) :: ref Frac(3, 6) :: ref Frac(1, 10) :: ref Frac(5, 4) :: ref Frac(2, 4) :: nil;
	show("fracs", fr);
	comparisons = 0;
	show("sorted", sort(fr));
	sys->print("comparisons %d\n", comparisons);
	show("dedup", dedup(fr));
	sys->print("max %s, index of 4/8 = %d, of 7/8 = %d\n", maximum(fr).str(), index(ref Frac(4, 8), fr), index(ref Frac(7, 8), fr));

	vs := ref Version(1, 10, 0) :: ref Version(1, 2, 3) :: ref Version(0, 9, 9) :: ref Version(1, 2, 10) :: ref Version(1, 2, 3) :: nil;
	show("versions", vs);
	show("sorted", sort(vs));
	show("dedup", dedup(vs));
	sys->print("newest %s\n", maximum(vs).str());

	ws := ref Word("banana") :: ref Word("Apple") :: ref Word("cherry") :: ref Word("apple") :: ref Word("BANANA") :: ref Word("date") :: nil;
	show("words", ws);
	show("sorted", sort(ws));
	show("dedup", dedup(ws));
	sys->print("max %s index(APPLE)=%d\n", maximum(ws).str(), index(ref Word("APPLE"), ws));
	one := ref Word("solo") :: nil;
	show("single sorted", sort(one));
	empty: list of ref Word;
	show("empty sorted", sort(empty));
}
