implement ListsMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListsMod: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Val: adt {
	n: int;
	eq: fn(a, b: ref Val): int;
};

Val.eq(a, b: ref Val): int
{
	return a.n == b.n;
}

triple(v: ref Val): ref Val
{
	return ref Val(v.n * 3);
}

even(v: ref Val): int
{
	return v.n % 2 == 0;
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] -= 'a' - 'A';
	return s;
}

short(s: string): int
{
	return len s <= 3;
}

show(tag: string, l: list of ref Val)
{
	s := tag + ":";
	for(; l != nil; l = tl l)
		s += " " + string (hd l).n;
	sys->print("%s\n", s);
}

shows(tag: string, l: list of string)
{
	s := tag + ":";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	sys->print("%s\n", s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	vals: list of ref Val;
	for(i := 5; i >= 1; i--)
		vals = ref Val(i) :: vals;
	show("vals", vals);
	show("tripled", lists->map(triple, vals));
	show("evens", lists->filter(even, vals));
	(ev, od) := lists->partition(even, vals);
	show("part even", ev);
	show("part odd", od);
	show("reversed", lists->reverse(vals));
	show("appended", lists->append(vals, ref Val(6)));
	sys->print("allsat even %d anysat even %d\n", lists->allsat(even, vals), lists->anysat(even, vals));
	sys->print("ismember 3: %d, 9: %d\n", lists->ismember(ref Val(3), vals), lists->ismember(ref Val(9), vals));
	show("delete 2", lists->delete(ref Val(2), vals));
	show("find 4", lists->find(ref Val(4), vals));
	words := "go" :: "limbo" :: "dis" :: "c" :: "inferno" :: nil;
	shows("upper", lists->map(upper, words));
	shows("short", lists->filter(short, words));
	shows("concat", lists->concat(words, "x" :: nil));
	sys->print("last %s\n", lists->last(words));
	ps := lists->pair(words, lists->map(upper, words));
	for(; ps != nil; ps = tl ps){
		(a, b) := hd ps;
		sys->print("pair %s %s\n", a, b);
	}
}
