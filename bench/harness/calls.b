implement Calls;

include "sys.m";
	sys: Sys;
include "draw.m";
include "llambo_c.m";
	llambo: Llambo_c;

Calls: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	llambo = load Llambo_c Llambo_c->PATH;
	id := llambo->load_model(hd tl args, 1, 0);
	n := int hd tl tl args;
	t0 := sys->millisec();
	for(i := 0; i < n; i++)
		llambo->tokenize(id, "Hello world, how are you?");
	sys->print("%d\n", sys->millisec() - t0);
	llambo->free_model(id);
}
