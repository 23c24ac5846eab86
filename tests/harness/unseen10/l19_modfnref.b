implement Plugins;

include "sys.m";
	sys: Sys;
include "draw.m";

Plugins: module
{
	calls: int;
	trace: int;
	init: fn(nil: ref Draw->Context, args: list of string);
	inc: fn(x: int): int;
	dbl: fn(x: int): int;
	sqr: fn(x: int): int;
	half: fn(x: int): int;
	apply: fn(f: ref fn(x: int): int, x: int, n: int): int;
};

note(name: string, x: int)
{
	calls++;
	if(trace)
		sys->print("    %s(%d)\n", name, x);
}

inc(x: int): int { note("inc", x); return x + 1; }
dbl(x: int): int { note("dbl", x); return x * 2; }
sqr(x: int): int { note("sqr", x); return x * x; }
half(x: int): int { note("half", x); return x / 2; }

apply(f: ref fn(x: int): int, x: int, n: int): int
{
	for(i := 0; i < n; i++)
		x = f(x);
	return x;
}

Entry: adt {
	name: string;
	f: ref fn(x: int): int;
};

Registry: adt {
	mod: Plugins;
	entries: list of Entry;
	add: fn(r: self ref Registry, name: string, f: ref fn(x: int): int);
	find: fn(r: self ref Registry, name: string): ref fn(x: int): int;
	run: fn(r: self ref Registry, prog: list of string, x: int): int;
};

Registry.add(r: self ref Registry, name: string, f: ref fn(x: int): int)
{
	r.entries = Entry(name, f) :: r.entries;
}

Registry.find(r: self ref Registry, name: string): ref fn(x: int): int
{
	for(l := r.entries; l != nil; l = tl l)
		if((hd l).name == name)
			return (hd l).f;
	return nil;
}

Registry.run(r: self ref Registry, prog: list of string, x: int): int
{
	for(; prog != nil; prog = tl prog){
		f := r.find(hd prog);
		if(f == nil){
			sys->print("    no plugin %s, skipped\n", hd prog);
			continue;
		}
		x = r.mod->apply(f, x, 1);
	}
	return x;
}

fmt(prog: list of string): string
{
	s := "";
	for(; prog != nil; prog = tl prog){
		if(s != "")
			s += "|";
		s += hd prog;
	}
	return s;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	me := load Plugins "$self";
	if(me == nil){
		sys->print("no self: %r\n");
		return;
	}
	reg := ref Registry(me, nil);
	reg.add("inc", me->inc);
	reg.add("dbl", me->dbl);
	reg.add("sqr", me->sqr);
	reg.add("half", half);

	progs := array[] of {
		"inc" :: "dbl" :: "sqr" :: nil,
		"sqr" :: "dbl" :: "inc" :: nil,
		"half" :: "half" :: "inc" :: "nope" :: "dbl" :: nil,
		nil,
	};
	for(i := 0; i < len progs; i++){
		me->calls = 0;
		r := reg.run(progs[i], 5);
		sys->print("[%s](5) = %d  calls=%d\n", fmt(progs[i]), r, calls);
	}

	me->trace = 1;
	sys->print("apply dbl 4 times to 3:\n");
	sys->print("  = %d\n", me->apply(me->dbl, 3, 4));
	me->trace = 0;

	# override an entry: later additions shadow earlier ones
	reg.add("inc", me->sqr);
	sys->print("shadowed inc: %d\n", reg.run("inc" :: nil, 7));

	# compare function references
	f := reg.find("dbl");
	g: ref fn(x: int): int = dbl;
	h := me->dbl;
	sys->print("same dbl refs: %d %d %d\n", f == g, g == h, f == reg.find("sqr"));

	# table of (name, fn) tuples
	tab := array[] of {("inc", inc), ("dbl", dbl), ("sqr", sqr), ("half", half)};
	for(x := 1; x <= 16; x *= 4){
		line := "x=" + string x + ":";
		for(j := 0; j < len tab; j++){
			(n, fn1) := tab[j];
			line += " " + n + "=" + string fn1(x);
		}
		sys->print("%s\n", line);
	}
	sys->print("total calls so far: %d (same as me->calls=%d)\n", calls, me->calls);
}
