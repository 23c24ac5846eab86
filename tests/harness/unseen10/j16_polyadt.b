implement PolyAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyAdt: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Num: adt {
	v: int;
	lt: fn(a: self ref Num, b: ref Num): int;
	str: fn(a: self ref Num): string;
};

Word: adt {
	s: string;
	lt: fn(a: self ref Word, b: ref Word): int;
	str: fn(a: self ref Word): string;
};

Num.lt(a: self ref Num, b: ref Num): int { return a.v < b.v; }
Num.str(a: self ref Num): string { return string a.v; }
Word.lt(a: self ref Word, b: ref Word): int
{
	if(len a.s != len b.s)
		return len a.s < len b.s;
	return a.s < b.s;
}
Word.str(a: self ref Word): string { return "'" + a.s + "'"; }

sort[T](a: array of T)
	for {
	T =>
		lt: fn(a: self T, b: T): int;
	}
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i;
		for(; j > 0 && x.lt(a[j-1]); j--)
			a[j] = a[j-1];
		a[j] = x;
	}
}

maxof[T](l: list of T): T
	for {
	T =>
		lt: fn(a: self T, b: T): int;
	}
{
	if(l == nil)
		return nil;
	m := hd l;
	for(l = tl l; l != nil; l = tl l)
		if(m.lt(hd l))
			m = hd l;
	return m;
}

show[T](tag: string, a: array of T)
	for {
	T =>
		str: fn(a: self T): string;
	}
{
	sys->print("%s:", tag);
	for(i := 0; i < len a; i++)
		sys->print(" %s", a[i].str());
	sys->print("\n");
}

count[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== polymorphic sort over two adts ==\n");
	nums := array[] of {ref Num(5), ref Num(-3), ref Num(12), ref Num(0), ref Num(5)};
	show("nums before", nums);
	sort(nums);
	show("nums after ", nums);
	words := array[] of {ref Word("pear"), ref Word("fig"), ref Word("apple"), ref Word("kiwi"), ref Word("date")};
	show("words before", words);
	sort(words);
	show("words after ", words);
	sys->print("== polymorphic max over lists ==\n");
	nl := ref Num(4) :: ref Num(40) :: ref Num(14) :: nil;
	sys->print("max num %s\n", maxof(nl).str());
	wl := ref Word("zz") :: ref Word("aaa") :: nil;
	sys->print("max word %s\n", maxof(wl).str());
	empty: list of ref Num;
	sys->print("max of empty is nil: %d\n", maxof(empty) == nil);
	sys->print("== unconstrained ==\n");
	sys->print("count strings %d\n", count("a" :: "b" :: "c" :: nil));
	sys->print("count nums %d\n", count(nl));
	sys->print("count lists %d\n", count(nl :: nil));
}
