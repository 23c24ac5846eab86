implement ListLib;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListLib: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Task: adt {
	name: string;
	prio: int;
	eq: fn(a, b: ref Task): int;
};

Task.eq(a, b: ref Task): int
{
	return a.name == b.name;
}

urgent(t: ref Task): int
{
	return t.prio >= 5;
}

bump(t: ref Task): ref Task
{
	return ref Task(t.name, t.prio + 1);
}

show(label: string, l: list of ref Task)
{
	s := "";
	n := len l;
	for(; l != nil; l = tl l)
		s += sys->sprint(" %s/%d", (hd l).name, (hd l).prio);
	sys->print("%-11s(%d):%s\n", label, n, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->print("cannot load lists: %r\n");
		return;
	}
	tasks := ref Task("build", 5) :: ref Task("test", 3) :: ref Task("deploy", 9) :: ref Task("docs", 1) :: nil;
	show("tasks", tasks);
	show("reversed", lists->reverse(tasks));
	show("urgent", lists->filter(urgent, tasks));
	(u, n) := lists->partition(urgent, tasks);
	show("part yes", u);
	show("part no", n);
	show("bumped", lists->map(bump, tasks));
	sys->print("allsat urgent: %d  anysat urgent: %d\n", lists->allsat(urgent, tasks), lists->anysat(urgent, tasks));
	more := lists->append(tasks, ref Task("release", 7));
	show("appended", more);
	show("original", tasks);
	show("concat", lists->concat(tasks, ref Task("x", 0) :: nil));
	sys->print("last: %s\n", lists->last(more).name);
	probe := ref Task("test", 0);
	sys->print("ismember test: %d\n", lists->ismember(probe, tasks));
	show("find test", lists->find(probe, tasks));
	show("delete test", lists->delete(probe, tasks));
	names := "a" :: "b" :: "c" :: nil;
	{
		bad := lists->pair(names, "one" :: "two" :: nil);
		sys->print("uneven pair gave %d\n", len bad);
	} exception e {
	"*" =>
		sys->print("uneven pair raised inside Lists: %s\n", e);
	}
	prios := "one" :: "two" :: "three" :: nil;
	pairs := lists->pair(names, prios);
	sys->print("pairs: %d\n", len pairs);
	for(p := pairs; p != nil; p = tl p){
		(s, i) := hd p;
		sys->print("  (%s, %s)\n", s, i);
	}
	(ns, is) := lists->unpair(pairs);
	sys->print("unpair: %d names, %d words, first %s %s\n", len ns, len is, hd ns, hd is);
}
