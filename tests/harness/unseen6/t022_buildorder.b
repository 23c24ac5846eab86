implement BuildOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

BuildOrder: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Target: adt {
	name:	string;
	deps:	list of string;
	mtime:	int;
	state:	int;	# 0 unvisited, 1 visiting, 2 done
	rebuilt:	int;
};

targets: list of ref Target;
order: list of string;
clock := 100;

mkfile := "prog: main.o util.o lib.a\n" +
	"main.o: main.c defs.h\n" +
	"util.o: util.c defs.h\n" +
	"lib.a: str.o fmt.o\n" +
	"str.o: str.c\n" +
	"fmt.o: fmt.c defs.h\n" +
	"install: prog\n";

mtimes := array[] of {
	("main.c", 50), ("util.c", 40), ("defs.h", 60), ("str.c", 10), ("fmt.c", 20),
	("main.o", 70), ("util.o", 30), ("str.o", 15), ("fmt.o", 65), ("lib.a", 66), ("prog", 80),
};

lookup(name: string): ref Target
{
	for(l := targets; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	t := ref Target(name, nil, 0, 0, 0);
	for(i := 0; i < len mtimes; i++)
		if(mtimes[i].t0 == name)
			t.mtime = mtimes[i].t1;
	targets = t :: targets;
	return t;
}

parse(text: string)
{
	(nil, lines) := sys->tokenize(text, "\n");
	for(; lines != nil; lines = tl lines){
		(n, parts) := sys->tokenize(hd lines, ":");
		if(n != 2)
			raise "mk: bad line: " + hd lines;
		t := lookup(hd parts);
		(nil, ds) := sys->tokenize(hd tl parts, " ");
		for(; ds != nil; ds = tl ds){
			lookup(hd ds);
			t.deps = append(t.deps, hd ds);
		}
	}
}

append(l: list of string, s: string): list of string
{
	if(l == nil)
		return s :: nil;
	return hd l :: append(tl l, s);
}

# returns the effective time of target after building
build(name: string, path: list of string): int
{
	t := lookup(name);
	if(t.state == 1)
		raise "cycle:" + pathtext(name :: path);
	if(t.state == 2)
		return t.mtime;
	t.state = 1;
	newest := 0;
	for(d := t.deps; d != nil; d = tl d){
		dt := build(hd d, name :: path);
		if(dt > newest)
			newest = dt;
	}
	t.state = 2;
	if(t.deps != nil && (t.mtime == 0 || newest > t.mtime)){
		clock++;
		t.mtime = clock;
		t.rebuilt = 1;
		order = name :: order;
		sys->print("  mk %s (deps newest %d)\n", name, newest);
	}
	return t.mtime;
}

pathtext(p: list of string): string
{
	s := "";
	for(; p != nil; p = tl p)
		s = " " + hd p + s;
	return s;
}

reset()
{
	for(l := targets; l != nil; l = tl l)
		(hd l).state = 0;
	order = nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	parse(mkfile);
	sys->print("build install:\n");
	build("install", nil);
	n := 0;
	for(l := order; l != nil; l = tl l)
		n++;
	sys->print("%d targets rebuilt\n", n);
	reset();
	sys->print("build again:\n");
	build("install", nil);
	sys->print("nothing more: %d\n", order == nil);
	# touch str.c and rebuild
	reset();
	lookup("str.c").mtime = 500;
	sys->print("after touching str.c:\n");
	build("prog", nil);
	# introduce a cycle
	reset();
	t := lookup("defs.h");
	t.deps = "prog" :: nil;
	{
		build("install", nil);
	} exception e {
	"cycle:*" =>
		sys->print("%s\n", e);
	}
	{
		parse("bad line without colon\n");
	} exception e {
	"mk:*" =>
		sys->print("%s\n", e);
	}
}
