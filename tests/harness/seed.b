implement Seed;
#noemu: needs $Llambo_c, which the reference emu lacks; tests/test_port.py runs it on a ported emu
#args: $MODEL

include "sys.m";
include "draw.m";
	sys: Sys;
include "llambo_c.m";
	llambo: Llambo_c;

Seed: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	llambo = load Llambo_c Llambo_c->PATH;
	if(llambo == nil)
		raise "fail:cannot load $Llambo_c: " + sys->sprint("%r");
	path := hd tl args;
	id := llambo->load_model(path, 1, 0);
	if(id < 0)
		raise "fail:load_model: " + llambo->lasterror();
	toks := llambo->tokenize(id, "Hello world");
	sys->print("tokens %d:", len toks);
	for(i := 0; i < len toks; i++)
		sys->print(" %d", toks[i]);
	sys->print("\n");
	out := llambo->infer(id, "The capital of France is", 8, 0.0);
	if(out == nil)
		raise "fail:infer: " + llambo->lasterror();
	sys->print("infer: %d chars\n", len out);
	info := llambo->get_model_info(id);
	sys->print("info starts %s\n", info[0:12]);
	if(llambo->free_model(id) != 0)
		raise "fail:free_model";
	if(llambo->free_model(id) != -1)
		raise "fail:double free accepted";
	sys->print("%s\n", llambo->lasterror());
}
