implement Listlib;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

Listlib: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Task: adt {
	name:	string;
	hours:	int;
	done:	int;

	eq:	fn(a, b: ref Task): int;
};

Task.eq(a, b: ref Task): int
{
	return a.name == b.name;
}

isdone(t: ref Task): int { return t.done; }
isbig(t: ref Task): int { return t.hours >= 5; }
double(t: ref Task): ref Task { return ref Task(t.name, t.hours*2, t.done); }
shout(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		r[len r] = c;
	}
	return r + "!";
}
notempty(s: string): int { return s != nil; }

names(l: list of ref Task): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += sys->sprint(" %s(%d)", (hd l).name, (hd l).hours);
	return s;
}

strs(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("no lists: %r\n");
		return;
	}
	tasks := ref Task("design", 8, 1) :: ref Task("code", 20, 0) :: ref Task("test", 4, 0) ::
		ref Task("docs", 3, 1) :: ref Task("ship", 1, 0) :: nil;
	sys->print("all:%s\n", names(tasks));
	sys->print("done:%s\n", names(lists->filter(isdone, tasks)));
	(big1, small) := lists->partition(isbig, tasks);
	sys->print("big:%s small:%s\n", names(big1), names(small));
	sys->print("doubled:%s\n", names(lists->map(double, tasks)));
	sys->print("all done %d, any done %d\n", lists->allsat(isdone, tasks), lists->anysat(isdone, tasks));
	sys->print("reversed:%s\n", names(lists->reverse(tasks)));
	sys->print("last: %s\n", lists->last(tasks).name);
	more := lists->append(tasks, ref Task("party", 2, 0));
	sys->print("appended:%s (orig len %d)\n", names(more), len tasks);
	probe := ref Task("test", 0, 0);
	sys->print("member test %d, member lunch %d\n", lists->ismember(probe, tasks), lists->ismember(ref Task("lunch", 0, 0), tasks));
	sys->print("find test:%s\n", names(lists->find(probe, tasks)));
	sys->print("delete test:%s\n", names(lists->delete(probe, tasks)));
	w := "alpha" :: "" :: "beta" :: "gamma" :: "" :: nil;
	sys->print("shout:%s\n", strs(lists->map(shout, lists->filter(notempty, w))));
	sys->print("concat:%s\n", strs(lists->concat("x" :: "y" :: nil, "z" :: nil)));
	sys->print("combine:%s\n", strs(lists->combine("x" :: "y" :: nil, "z" :: nil)));
	pairs := lists->pair("one" :: "two" :: "three" :: "four" :: "five" :: nil, tasks);
	for(p := pairs; p != nil; p = tl p){
		(s, t) := hd p;
		sys->print("pair %s %s\n", s, t.name);
	}
	(l1, l2) := lists->unpair(pairs);
	sys->print("unpair:%s /%s\n", strs(l1), names(l2));
}
