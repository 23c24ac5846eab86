implement ListsMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListsMod: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tag: adt {
	name:	string;
	eq:	fn(a, b: ref Tag): int;
};

Tag.eq(a, b: ref Tag): int
{
	return a.name == b.name;
}

Num: adt {
	v:	int;
};

isodd(x: ref Num): int { return x.v & 1; }
triple(x: ref Num): ref Num { return ref Num(3*x.v); }
short(s: string): int { return len s <= 3; }
shout(s: string): string
{
	t := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		t[i] = c;
	}
	return t + "!";
}

mk(a: array of int): list of ref Num
{
	l: list of ref Num;
	for(i := len a - 1; i >= 0; i--)
		l = ref Num(a[i]) :: l;
	return l;
}

ints(l: list of ref Num): string
{
	s := "[";
	for(; l != nil; l = tl l){
		s += string (hd l).v;
		if(tl l != nil)
			s += " ";
	}
	return s + "]";
}

strs(l: list of string): string
{
	s := "[";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += ",";
	}
	return s + "]";
}

tags(l: list of ref Tag): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += "<" + (hd l).name + ">";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("cannot load lists: %r\n");
		return;
	}
	nums := mk(array[] of {1, 2, 3, 4, 5, 6, 7});
	sys->print("nums %s\n", ints(nums));
	sys->print("map triple %s\n", ints(lists->map(triple, nums)));
	sys->print("filter odd %s\n", ints(lists->filter(isodd, nums)));
	(odds, evens) := lists->partition(isodd, nums);
	sys->print("partition %s %s\n", ints(odds), ints(evens));
	sys->print("allsat odd %d anysat odd %d\n", lists->allsat(isodd, nums), lists->anysat(isodd, nums));
	sys->print("reverse %s\n", ints(lists->reverse(nums)));
	sys->print("append %s\n", ints(lists->append(nums, ref Num(99))));
	sys->print("concat %s\n", ints(lists->concat(odds, evens)));
	sys->print("last %d\n", lists->last(nums).v);
	words := "go" :: "limbo" :: "c" :: "dis" :: "styx" :: nil;
	sys->print("short words %s\n", strs(lists->filter(short, words)));
	sys->print("shouted %s\n", strs(lists->map(shout, words)));
	sys->print("combine %s\n", strs(lists->combine(words, "x" :: "y" :: nil)));
	pairs := lists->pair(words, mk(array[] of {10, 20, 30, 40, 50}));
	for(p := pairs; p != nil; p = tl p){
		(w, n) := hd p;
		sys->print("  pair %s %d\n", w, n.v);
	}
	(ws, ns) := lists->unpair(pairs);
	sys->print("unpaired %s %s\n", strs(ws), ints(ns));
	tl0 := ref Tag("red") :: ref Tag("green") :: ref Tag("blue") :: nil;
	sys->print("tags %s\n", tags(tl0));
	sys->print("ismember green %d, pink %d\n", lists->ismember(ref Tag("green"), tl0),
		lists->ismember(ref Tag("pink"), tl0));
	sys->print("find green -> %s\n", tags(lists->find(ref Tag("green"), tl0)));
	sys->print("delete green -> %s\n", tags(lists->delete(ref Tag("green"), tl0)));
}
