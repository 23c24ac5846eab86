#args: alpha beta gamma
implement SelfData;

include "sys.m";
	sys: Sys;
include "draw.m";

SelfData: module
{
	counter: int;
	label: string;
	history: list of string;
	weights: array of int;
	init: fn(nil: ref Draw->Context, args: list of string);
	bump: fn(by: int): int;
	note: fn(s: string);
};

bump(by: int): int
{
	counter += by;
	note("bump " + string by + " -> " + string counter);
	return counter;
}

note(s: string)
{
	history = s :: history;
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

dump(m: SelfData)
{
	sys->print("label=%s counter=%d nhist=%d\n", m->label, m->counter, len m->history);
	if(m->weights != nil){
		sys->print("weights:");
		for(i := 0; i < len m->weights; i++)
			sys->print(" %d", m->weights[i]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	me := load SelfData "$self";
	if(me == nil){
		sys->print("cannot load self: %r\n");
		return;
	}
	label = "start";
	dump(me);
	me->label = "via-module";
	sys->print("global label now %s\n", label);
	me->counter = 40;
	me->bump(2);
	bump(me->counter);
	sys->print("counter global=%d module=%d\n", counter, me->counter);

	args = tl args;
	me->weights = array[len args] of int;
	i := 0;
	for(a := args; a != nil; a = tl a){
		weights[i] = len hd a * (i + 1);
		me->note("arg " + hd a);
		i++;
	}
	dump(me);

	# a second handle is the same instance
	again := load SelfData "$self";
	again->counter++;
	sys->print("after again++ me->counter=%d\n", me->counter);
	again->weights[0] = 999;
	sys->print("weights[0] seen through me: %d\n", me->weights[0]);

	for(h := rev(me->history); h != nil; h = tl h)
		sys->print("  %s\n", hd h);

	total := 0;
	for(i = 0; i < len weights; i++)
		total += me->weights[i];
	sys->print("total=%d\n", total);
}
