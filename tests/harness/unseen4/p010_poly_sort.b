implement PolySort;

include "sys.m";
	sys: Sys;
include "draw.m";

PolySort: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Person: adt {
	name: string;
	age: int;

	lt: fn(a, b: ref Person): int;
	str: fn(p: self ref Person): string;
};

Person.lt(a, b: ref Person): int
{
	if(a.age != b.age)
		return a.age < b.age;
	return a.name < b.name;
}

Person.str(p: self ref Person): string
{
	return sys->sprint("%s(%d)", p.name, p.age);
}

Word: adt {
	w: string;
	lt: fn(a, b: ref Word): int;
	str: fn(p: self ref Word): string;
};

Word.lt(a, b: ref Word): int
{
	if(len a.w != len b.w)
		return len a.w < len b.w;
	return a.w < b.w;
}

Word.str(p: self ref Word): string
{
	return p.w;
}

isort[T](a: array of T)
	for {
	T =>
		lt: fn(a, b: T): int;
	}
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i - 1;
		while(j >= 0 && T.lt(x, a[j])){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = x;
	}
}

show[T](label: string, a: array of T)
	for {
	T =>
		str: fn(p: self T): string;
	}
{
	s := label + ":";
	for(i := 0; i < len a; i++)
		s += " " + a[i].str();
	sys->print("%s\n", s);
}

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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	people := array[] of {
		ref Person("mia", 31), ref Person("ann", 25), ref Person("bob", 31),
		ref Person("zed", 19), ref Person("cal", 25),
	};
	show("before", people);
	isort(people);
	show("after", people);
	words := array[] of {ref Word("pear"), ref Word("fig"), ref Word("banana"), ref Word("kiwi"), ref Word("apple")};
	isort(words);
	show("words", words);
	sl := rev("a" :: "b" :: "c" :: nil);
	al := rev(array[] of {1, 2} :: array[] of {3} :: array[0] of int :: nil);
	sys->print("%s %s %d %d\n", hd sl, hd tl sl, len hd al, count(al) + count(sl));
	half := people[1:4];
	isort(half);
	sys->fprint(sys->fildes(2), "slice sorted, first=%s\n", half[0].str());
}
