implement EmuTime;

# Times $Llambo_c from inside Dis: load, greedy generation, free.  The same
# program runs on a ported emu-g and on the bridge (bench/bench_emu.py).
include "sys.m";
	sys: Sys;
include "draw.m";
include "llambo_c.m";
	llambo: Llambo_c;

EmuTime: module
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
	t0 := sys->millisec();
	id := llambo->load_model(path, 1, 0);
	if(id < 0)
		raise "fail:load_model: " + llambo->lasterror();
	t1 := sys->millisec();
	p := llambo->defaults();
	p.temperature = 0.0;
	p.repeat_penalty = 1.0;
	out := llambo->generate(id, "Once upon a time, in a land far away,", 128, p);
	t2 := sys->millisec();
	n := len llambo->tokenize(id, out);
	llambo->free_model(id);
	sys->print("load %d infer %d tokens %d\n", t1-t0, t2-t1, n);
}
