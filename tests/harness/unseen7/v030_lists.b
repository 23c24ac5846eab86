implement Listdemo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

Listdemo: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Name: adt {
	s:	string;
	eq:	fn(a, b: ref Name): int;
};

Name.eq(a, b: ref Name): int
{
	return a.s == b.s;
}

Num: adt {
	v:	int;
};

double(x: ref Num): ref Num
{
	return ref Num(2*x.v);
}

iseven(x: ref Num): int
{
	return x.v%2 == 0;
}

positive(x: ref Num): int
{
	return x.v > 0;
}

nums(l: list of int): list of ref Num
{
	r: list of ref Num;
	for(; l != nil; l = tl l)
		r = ref Num(hd l) :: r;
	out: list of ref Num;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

islong(s: string): int
{
	return len s > 3;
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] -= 'a' - 'A';
	return s;
}

pints(label: string, l: list of ref Num)
{
	sys->print("%s:", label);
	for(; l != nil; l = tl l)
		sys->print(" %d", (hd l).v);
	sys->print("\n");
}

pstrs(label: string, l: list of string)
{
	sys->print("%s:", label);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	if(lists == nil){
		sys->fprint(sys->fildes(2), "listdemo: cannot load %s: %r\n", Lists->PATH);
		raise "fail:load";
	}
	l := nums(1 :: 2 :: 3 :: 4 :: 5 :: 6 :: nil);
	pints("l", l);
	pints("map double", lists->map(double, l));
	pints("filter even", lists->filter(iseven, l));
	(ev, od) := lists->partition(iseven, l);
	pints("partition even", ev);
	pints("partition odd", od);
	sys->print("allsat positive %d, anysat even %d\n", lists->allsat(positive, l), lists->anysat(iseven, l));
	pints("append 7", lists->append(l, ref Num(7)));
	pints("concat", lists->concat(l, nums(10 :: 20 :: nil)));
	pints("reverse", lists->reverse(l));
	sys->print("last %d\n", lists->last(l).v);
	words := "dis" :: "limbo" :: "styx" :: nil;
	pstrs("map upper", lists->map(upper, words));
	pstrs("combine", lists->combine(words, "emu" :: "sh" :: nil));
	pstrs("filter long", lists->filter(islong, words));
	pairs := lists->pair(words, nums(1 :: 2 :: 3 :: nil));
	for(p := pairs; p != nil; p = tl p){
		(w, n) := hd p;
		sys->print("pair %s %d\n", w, n.v);
	}
	(ws, ns) := lists->unpair(pairs);
	pstrs("unpair words", ws);
	pints("unpair nums", ns);
	names := ref Name("a") :: ref Name("b") :: ref Name("c") :: ref Name("b") :: nil;
	sys->print("ismember b %d, ismember z %d\n", lists->ismember(ref Name("b"), names), lists->ismember(ref Name("z"), names));
	f := lists->find(ref Name("b"), names);
	sys->print("find b leaves %d\n", len f);
	d := lists->delete(ref Name("b"), names);
	sys->print("delete b:");
	for(; d != nil; d = tl d)
		sys->print(" %s", (hd d).s);
	sys->print("\n");
}
