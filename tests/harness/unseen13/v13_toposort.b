implement TopoSort;

include "sys.m";
	sys: Sys;
include "draw.m";

TopoSort: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Task: adt {
	name:	string;
	deps:	list of string;
};

tasks: array of Task;

mktasks()
{
	tasks = array[] of {
	Task("link", "compile" :: "libs" :: nil),
	Task("compile", "parse" :: "headers" :: nil),
	Task("parse", "lex" :: nil),
	Task("lex", nil),
	Task("headers", nil),
	Task("libs", "headers" :: nil),
	Task("test", "link" :: "fixtures" :: nil),
	Task("fixtures", nil),
	Task("install", "test" :: "link" :: nil),
	};
}

index(name: string): int
{
	for(i := 0; i < len tasks; i++)
		if(tasks[i].name == name)
			return i;
	return -1;
}

kahn(extra: list of (string, string)): int
{
	n := len tasks;
	indeg := array[n] of {* => 0};
	out := array[n] of list of int;
	for(i := 0; i < n; i++)
		for(d := tasks[i].deps; d != nil; d = tl d){
			j := index(hd d);
			out[j] = i :: out[j];
			indeg[i]++;
		}
	for(; extra != nil; extra = tl extra){
		(a, b) := hd extra;
		i = index(a);
		j := index(b);
		sys->print("adding edge %s -> %s\n", b, a);
		out[j] = i :: out[j];
		indeg[i]++;
	}
	# ready set kept sorted by name so the order is stable
	ready: list of int;
	for(i = 0; i < n; i++)
		if(indeg[i] == 0)
			ready = ins(ready, i);
	order := "";
	done := 0;
	level := 0;
	while(ready != nil){
		batch := ready;
		ready = nil;
		s := "";
		for(; batch != nil; batch = tl batch){
			u := hd batch;
			s += " " + tasks[u].name;
			order += tasks[u].name + " ";
			done++;
			for(o := out[u]; o != nil; o = tl o)
				if(--indeg[hd o] == 0)
					ready = ins(ready, hd o);
		}
		sys->print("level %d:%s\n", level++, s);
	}
	sys->print("order: %s\n", order);
	if(done < n){
		s := "";
		for(i = 0; i < n; i++)
			if(indeg[i] > 0)
				s += " " + tasks[i].name;
		sys->print("cycle among:%s\n", s);
		return 0;
	}
	return 1;
}

ins(l: list of int, v: int): list of int
{
	if(l == nil || tasks[v].name < tasks[hd l].name)
		return v :: l;
	return hd l :: ins(tl l, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mktasks();
	if(kahn(nil))
		sys->print("acyclic\n");
	if(!kahn(("lex", "install") :: nil))
		sys->fprint(sys->fildes(2), "toposort: dependency cycle detected\n");
}
