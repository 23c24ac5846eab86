implement SelfData;

include "sys.m";
	sys: Sys;
include "draw.m";

SelfData: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	n:	int;
	names:	list of string;
	bump:	fn(): int;
};

Other: module
{
	bump:	fn(): string;
};

bump(): int
{
	return ++n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := load SelfData "$self";
	b := load SelfData "$self";
	a->n++;
	b->n += 5;
	a->names = "x" :: a->names;
	sys->print("%d %d %d %d %s\n", n, a->n, b->bump(), len names, hd b->names);
	o := load Other "$self";
	sys->print("other nil %d\n", o == nil);
	if(o != nil)
		sys->print("%s\n", o->bump());
}
