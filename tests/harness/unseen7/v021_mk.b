implement Mk;

include "sys.m";
	sys: Sys;
include "draw.m";

Mk: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Rule: adt {
	target:	string;
	prereqs:	list of string;
	recipe:	string;
	mtime:	int;
	made:	int;
	visiting:	int;
};

rules: list of ref Rule;
stderr: ref Sys->FD;
clock := 100;

mkfile := array[] of {
	"all: emu limbo",
	"emu: lib9.a libinterp.a emu.o",
	"	ld -o emu emu.o libinterp.a lib9.a",
	"limbo: lib9.a limbo.o",
	"	ld -o limbo limbo.o lib9.a",
	"libinterp.a: interp.o lib9.a",
	"	ar r libinterp.a interp.o",
	"lib9.a: print.o",
	"	ar r lib9.a print.o",
	"emu.o: emu.c",
	"	cc -c emu.c",
	"limbo.o: limbo.c",
	"	cc -c limbo.c",
	"interp.o: interp.c",
	"	cc -c interp.c",
	"print.o: print.c",
	"	cc -c print.c",
	"loop1: loop2",
	"loop2: loop1",
};

# existing source "files" and their times
Src: adt {
	name:	string;
	mtime:	int;
};
sources := array[] of {
	Src("emu.c", 10), Src("limbo.c", 20), Src("interp.c", 30), Src("print.c", 5),
};

parse()
{
	cur: ref Rule;
	for(i := 0; i < len mkfile; i++){
		s := mkfile[i];
		if(s[0] == '\t'){
			if(cur == nil)
				raise "fail:recipe without target";
			cur.recipe = s[1:];
			continue;
		}
		(n, toks) := sys->tokenize(s, " \t");
		if(n < 1 || (hd toks)[len hd toks - 1] != ':')
			raise "fail:bad rule line " + string (i+1);
		t := hd toks;
		cur = ref Rule(t[0:len t-1], tl toks, nil, 0, 0, 0);
		rules = cur :: rules;
	}
}

lookup(name: string): ref Rule
{
	for(l := rules; l != nil; l = tl l)
		if((hd l).target == name)
			return hd l;
	return nil;
}

srctime(name: string): int
{
	for(i := 0; i < len sources; i++)
		if(sources[i].name == name)
			return sources[i].mtime;
	return -1;
}

make(name: string, depth: int): int
{
	r := lookup(name);
	if(r == nil){
		t := srctime(name);
		if(t < 0){
			sys->fprint(stderr, "mk: don't know how to make '%s'\n", name);
			raise "fail:no rule";
		}
		return t;
	}
	if(r.made)
		return r.mtime;
	if(r.visiting){
		sys->fprint(stderr, "mk: cycle at %s\n", name);
		raise "fail:cycle";
	}
	r.visiting = 1;
	newest := 0;
	for(p := r.prereqs; p != nil; p = tl p){
		t := make(hd p, depth+1);
		if(t > newest)
			newest = t;
	}
	r.visiting = 0;
	if(r.mtime == 0 || newest > r.mtime){
		if(r.recipe != nil)
			sys->print("%*s%s\n", 2*depth, "", r.recipe);
		r.mtime = ++clock;
	}
	r.made = 1;
	return r.mtime;
}

reset()
{
	for(l := rules; l != nil; l = tl l)
		(hd l).made = 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	parse();
	sys->print("%d rules\n", len rules);
	sys->print("== mk all\n");
	make("all", 0);
	reset();
	sys->print("== mk all (again, nothing to do)\n");
	make("all", 0);
	reset();
	sys->print("== touch print.c; mk limbo\n");
	sources[3].mtime = 500;
	make("limbo", 0);
	reset();
	sys->print("== mk loop1\n");
	{
		make("loop1", 0);
	} exception e {
	"fail:*" =>
		sys->print("failed: %s\n", e);
	}
	sys->print("== mk nosuch\n");
	{
		make("nosuch", 0);
	} exception e {
	"fail:*" =>
		sys->print("failed: %s\n", e);
	}
}
