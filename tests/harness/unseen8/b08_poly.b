implement Poly;

include "sys.m";
	sys: Sys;
include "draw.m";

Poly: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Int: adt {
	v: int;
	lt: fn(a: self ref Int, b: ref Int): int;
	str: fn(a: self ref Int): string;
};

Word: adt {
	s: string;
	lt: fn(a: self ref Word, b: ref Word): int;
	str: fn(a: self ref Word): string;
};

Int.lt(a: self ref Int, b: ref Int): int { return a.v < b.v; }
Int.str(a: self ref Int): string { return string a.v; }
Word.lt(a: self ref Word, b: ref Word): int
{
	# shorter words first, then alphabetical
	if(len a.s != len b.s)
		return len a.s < len b.s;
	return a.s < b.s;
}
Word.str(a: self ref Word): string { return "'" + a.s + "'"; }

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

count[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

maxof[T](l: list of T): T
	for {
	T =>
		lt: fn(a: self T, b: T): int;
	}
{
	m := hd l;
	for(l = tl l; l != nil; l = tl l)
		if(m.lt(hd l))
			m = hd l;
	return m;
}

insert[T](x: T, l: list of T): list of T
	for {
	T =>
		lt: fn(a: self T, b: T): int;
	}
{
	if(l == nil || x.lt(hd l))
		return x :: l;
	return hd l :: insert(x, tl l);
}

sort[T](l: list of T): list of T
	for {
	T =>
		lt: fn(a: self T, b: T): int;
	}
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = insert(hd l, r);
	return r;
}

show[T](tag: string, l: list of T)
	for {
	T =>
		str: fn(a: self T): string;
	}
{
	s := tag + ":";
	for(; l != nil; l = tl l)
		s += " " + (hd l).str();
	sys->print("%s\n", s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	ints: list of ref Int;
	for(i := 0; i < 8; i++)
		ints = ref Int((i * 37 + 11) % 17 - 8) :: ints;
	show("ints", ints);
	show("rev", rev(ints));
	show("sorted", sort(ints));
	sys->print("max=%s count=%d\n", maxof(ints).str(), count(ints));

	words := ref Word("pear") :: ref Word("fig") :: ref Word("banana") ::
		ref Word("kiwi") :: ref Word("apple") :: ref Word("date") :: nil;
	show("words", words);
	show("sorted", sort(words));
	sys->print("max=%s count=%d\n", maxof(words).str(), count(words));

	strs := "x" :: "y" :: "z" :: nil;
	r := rev(strs);
	sys->print("rev strs: %s %s %s (%d)\n", hd r, hd tl r, hd tl tl r, count(r));
	ll := rev((1::nil) :: (2::3::nil) :: nil);
	sys->print("rev lists: %d %d\n", len hd ll, len hd tl ll);
}
