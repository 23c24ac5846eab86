implement Instances;
#lib: counter.b
# each load of a Limbo module is a new instance with its own globals;
# a failed load is nil with the error string set
include "sys.m";
	sys: Sys;
include "draw.m";
include "counter.m";

Wrong: module { next: fn(): string; };
Partial: module { init: fn(start: int); bogus: fn(): big; };
Instances: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := load Counter Counter->PATH;
	b := load Counter Counter->PATH;
	if(a == nil || b == nil){
		sys->print("load: %r\n");
		return;
	}
	a->init(10);
	b->init(100);
	x := a->next();
	y := b->next();
	z := a->next();
	sys->print("%d %d %d %d\n", x, y, z, b->next());
	sys->print("same instance: %d\n", a == b);
	c := a;
	c->init(7);
	sys->print("alias: %d\n", a->next());
	sys->werrstr("clear");
	if((load Counter "/dis/lib/nosuch.dis") == nil)
		sys->print("nil: %r\n");
	if((load Counter "nosuch.dis") == nil)
		sys->print("nil: %r\n");
	if((load Counter "") == nil)
		sys->print("nil: %r\n");
	w := load Wrong Counter->PATH;
	if(w == nil)
		sys->print("nil: %r\n");
	p := load Partial Counter->PATH;		# bogus is never called: the load works
	if(p == nil)
		sys->print("partial nil: %r\n");
	else
		sys->print("partial loaded\n");
}
