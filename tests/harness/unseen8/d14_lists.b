implement ListTool;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListTool: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

# Lists functions are polymorphic over reference types, so numbers are boxed
N: adt {
	v: int;
	eq: fn(a, b: ref N): int;
};

N.eq(a, b: ref N): int
{
	return a.v == b.v;
}

Pkg: adt {
	name: string;
	size: int;
	eq: fn(a, b: ref Pkg): int;
};

Pkg.eq(a, b: ref Pkg): int
{
	return a.name == b.name;
}

ns(l: list of ref N): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += string (hd l).v;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

strs(l: list of string): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

pkgs(l: list of ref Pkg): string
{
	s := "{";
	for(; l != nil; l = tl l){
		s += sys->sprint("%s:%d", (hd l).name, (hd l).size);
		if(tl l != nil)
			s += ", ";
	}
	return s + "}";
}

range(a, b: int): list of ref N
{
	l: list of ref N;
	for(i := b; i >= a; i--)
		l = ref N(i) :: l;
	return l;
}

square(x: ref N): ref N { return ref N(x.v * x.v); }
even(x: ref N): int { return x.v % 2 == 0; }
positive(x: ref N): int { return x.v > 0; }
shout(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c += 'A' - 'a';
		r[i] = c;
	}
	return r + "!";
}
big100(p: ref Pkg): int { return p.size >= 100; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("no lists: %r\n");
		return;
	}
	r := range(1, 10);
	sys->print("range      %s\n", ns(r));
	sys->print("squares    %s\n", ns(lists->map(square, r)));
	sys->print("evens      %s\n", ns(lists->filter(even, r)));
	(ev, od) := lists->partition(even, r);
	sys->print("partition  %s %s\n", ns(ev), ns(od));
	sys->print("allpos %d anyeven %d alleven %d\n",
		lists->allsat(positive, r), lists->anysat(even, r), lists->allsat(even, r));
	sys->print("reverse    %s\n", ns(lists->reverse(r)));
	sys->print("append     %s\n", ns(lists->append(range(1, 3), ref N(99))));
	sys->print("concat     %s\n", ns(lists->concat(range(1, 3), range(7, 9))));
	sys->print("combine    %s\n", ns(lists->combine(range(1, 3), range(7, 9))));
	sys->print("last       %d\n", lists->last(r).v);
	sys->print("member 4 %d, member 11 %d\n", lists->ismember(ref N(4), r), lists->ismember(ref N(11), r));
	sys->print("delete 5   %s\n", ns(lists->delete(ref N(5), r)));
	sys->print("find 8     %s\n", ns(lists->find(ref N(8), r)));

	words := "limbo" :: "dis" :: "styx" :: nil;
	sys->print("shout      %s\n", strs(lists->map(shout, words)));
	pairs := lists->pair(words, range(1, 3));
	for(p := pairs; p != nil; p = tl p){
		(w, n) := hd p;
		sys->print("  pair %s=%d\n", w, n.v);
	}
	(ws, nums) := lists->unpair(pairs);
	sys->print("unpair     %s %s\n", strs(ws), ns(nums));

	db := ref Pkg("sh", 120) :: ref Pkg("ls", 40) :: ref Pkg("acme", 900) :: ref Pkg("wc", 12) :: nil;
	probe := ref Pkg("acme", 0);
	sys->print("db         %s\n", pkgs(db));
	sys->print("member acme %d, member vi %d\n",
		lists->ismember(probe, db), lists->ismember(ref Pkg("vi", 0), db));
	sys->print("find ls    %s\n", pkgs(lists->find(ref Pkg("ls", 0), db)));
	db = lists->delete(probe, db);
	sys->print("delete     %s\n", pkgs(db));
	sys->print("large      %s\n", pkgs(lists->filter(big100, db)));
	none: list of ref N;
	sys->print("empty rev  %s, len %d\n", ns(lists->reverse(none)), len lists->filter(even, none));
}
