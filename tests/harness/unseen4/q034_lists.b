implement ListsT;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListsT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Word: adt {
	s: string;
	n: int;
	eq: fn(a, b: ref Word): int;
};

Word.eq(a, b: ref Word): int
{
	return a.s == b.s;
}

pl(tag: string, l: list of string)
{
	sys->print("%s:", tag);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}

shout(x: string): string { return x + "!"; }
short(x: string): int { return len x <= 3; }
nonempty(x: string): int { return x != nil; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("load Lists: %r\n");
		return;
	}
	l := "ox" :: "horse" :: "cat" :: "dog" :: "zebra" :: nil;
	pl("orig", l);
	pl("map shout", lists->map(shout, l));
	pl("filter short", lists->filter(short, l));
	(sh, lo) := lists->partition(short, l);
	pl("part short", sh);
	pl("part long", lo);
	pl("reverse", lists->reverse(l));
	pl("append", lists->append(l, "yak"));
	pl("concat", lists->concat(l, "emu" :: "gnu" :: nil));
	pl("combine", lists->combine(l, "emu" :: "gnu" :: nil));
	sys->print("last=%s allnonempty=%d anyshort=%d allshort=%d\n", lists->last(l),
		lists->allsat(nonempty, l), lists->anysat(short, l), lists->allsat(short, l));
	ws := ref Word("red", 1) :: ref Word("green", 2) :: ref Word("blue", 3) :: nil;
	pairs := lists->pair("ox" :: "cat" :: "dog" :: nil, ws);
	for(p := pairs; p != nil; p = tl p){
		(n, w) := hd p;
		sys->print("pair %s=%s/%d\n", n, w.s, w.n);
	}
	(ns, vs) := lists->unpair(pairs);
	sys->print("unpair %d names, %d words, first %s %s\n", len ns, len vs, hd ns, (hd vs).s);
	sys->print("ismember green=%d pink=%d\n", lists->ismember(ref Word("green", 0), ws), lists->ismember(ref Word("pink", 0), ws));
	rest := lists->delete(ref Word("green", 99), ws);
	for(; rest != nil; rest = tl rest)
		sys->print("after delete: %s %d\n", (hd rest).s, (hd rest).n);
	f := lists->find(ref Word("green", 0), ws);
	sys->print("find green -> len %d head %s %d\n", len f, (hd f).s, (hd f).n);
	sys->print("find none -> %d\n", lists->find(ref Word("none", 0), ws) == nil);
}
