implement LlamboHarness;
#noemu: needs $Llambo_c, which the reference emu lacks; tests/test_port.py runs it on a ported emu
#args: $MODEL

# $Llambo_c beyond the seed: bad input, reference counts, streaming.
include "sys.m";
	sys: Sys;
include "draw.m";
include "llambo_c.m";
	llambo: Llambo_c;

LlamboHarness: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

expect(what: string, ok: int)
{
	if(!ok)
		raise "fail:" + what + ": " + llambo->lasterror();
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	llambo = load Llambo_c Llambo_c->PATH;
	path := hd tl args;

	# bad input: codes and the error string, nothing lost
	expect("nil path", llambo->load_model(nil, 1, 0) == -1);
	expect("missing file", llambo->load_model("/no/such.gguf", 1, 0) == -1);
	sys->print("%s\n", llambo->lasterror());
	expect("bad id", llambo->free_model(99) == -1);
	expect("unloaded id", llambo->infer(3, "x", 4, 0.0) == nil);

	# reference counts: the same path twice is one model
	a := llambo->load_model(path, 1, 0);
	b := llambo->load_model(path, 1, 0);
	expect("same id", a == b && a >= 0);
	expect("free one", llambo->free_model(a) == 0);
	expect("still loaded", llambo->get_model_info(a) != nil);
	expect("bad temperature", llambo->infer(a, "x", 4, -1.0) == nil);

	# streaming equals generate, whole characters at a time
	p := llambo->defaults();
	p.temperature = 0.0;
	whole := llambo->generate(a, "Name three fruits:", 16, p);
	s := llambo->start(a, "Name three fruits:", 16, p);
	got := "";
	n := 0;
	while((piece := llambo->next(s)) != nil){
		got += piece;
		n++;
	}
	llambo->stop(s);
	expect("stream", got == whole && n > 1);
	{
		llambo->next(s);
		expect("next after stop", 0);
	} exception e {
	"next:*" =>
		sys->print("%s\n", e);
	}
	expect("last free", llambo->free_model(a) == 0);
	expect("freed", llambo->get_model_info(a) == nil);
	sys->print("llambo: ok, %d pieces\n", n);
}
