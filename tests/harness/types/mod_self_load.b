implement ModSelfLoad, Helper;

include "sys.m";
	sys: Sys;
include "draw.m";

ModSelfLoad: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	twice:	fn(n: int): int;
};

Helper: module
{
	twice:	fn(n: int): int;
	greet:	fn(s: string): string;
};

calls := 0;

twice(n: int): int
{
	calls++;
	return 2 * n;
}

greet(s: string): string
{
	calls++;
	return "hello " + s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := load ModSelfLoad "$self";
	sys->print("self nil %d\n", me == nil);
	h := load Helper "$self";
	sys->print("helper nil %d\n", h == nil);
	if(me != nil)
		sys->print("me->twice %d\n", me->twice(4));
	if(h != nil){
		sys->print("h->twice %d\n", h->twice(5));
		sys->print("h->greet %s\n", h->greet("self"));
	}
	sys->print("calls %d\n", calls);
}
