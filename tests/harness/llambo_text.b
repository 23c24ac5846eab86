implement LlamboText;
#noemu: needs $Llambo_c, which the reference emu lacks; tests/test_port.py runs it on a ported emu
#args: $MODEL

# What $Llambo_c returns, printed in full: greedy text, tokens, pieces,
# the model's description, chat through the model's template, seeded
# sampling and FP in the caller after a call.  Run on the bridge and on
# a ported emu (tests/test_port.py), the two outputs are compared line
# by line.
include "sys.m";
	sys: Sys;
include "draw.m";
include "llambo_c.m";
	llambo: Llambo_c;

LlamboText: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	llambo = load Llambo_c Llambo_c->PATH;
	path := hd tl args;
	id := llambo->load_model(path, 1, 0);
	if(id < 0)
		raise "fail:load_model: " + llambo->lasterror();
	sys->print("progress %g\n", llambo->progress());

	toks := llambo->tokenize(id, "Inferno's Dis VM, 1996: naïve café ☃");
	sys->print("tokens %d:", len toks);
	for(i := 0; i < len toks; i++)
		sys->print(" %d", toks[i]);
	sys->print("\nback %q\n", llambo->detokenize(id, toks));

	sys->print("greedy %q\n", llambo->infer(id, "The capital of France is", 24, 0.0));

	p := llambo->defaults();
	sys->print("defaults %g %d %g %g %g %d %d\n", p.temperature, p.top_k, p.top_p,
		p.min_p, p.repeat_penalty, p.repeat_last_n, p.seed);
	p.temperature = 0.0;
	p.repeat_penalty = 1.3;
	sys->print("penalised %q\n", llambo->generate(id, "List three colours:", 24, p));

	s := llambo->start(id, "Once upon a time", 12, p);
	n := 0;
	for(;;){
		piece := llambo->next(s);
		if(piece == nil)
			break;
		sys->print("piece %d %q\n", n++, piece);
	}
	llambo->stop(s);

	msgs := ("user", "What is the capital of France?") :: nil;
	sys->print("chat %q\n", llambo->chat(id, msgs, 24, p));
	msgs = ("system", "You answer briefly.") :: ("user", "Name a colour.") :: nil;
	sys->print("chat with a system prompt %q\n", llambo->chat(id, msgs, 16, p));
	{
		llambo->chat(id, nil, 8, p);
	} exception e {
	"chat:*" =>
		sys->print("caught %s\n", e);
	}

	info := llambo->get_model_info(id);
	sys->print("info %s\n", info);

	# Dis's own FP is as it was: traps on, so this raises on both
	{
		x := 1.0;
		z := 0.0;
		sys->print("%g\n", x/z);
	} exception e {
	"sys: fp:*" =>
		sys->print("caught %s\n", e[0:13]);
	}
	if(llambo->free_model(id) != 0)
		raise "fail:free_model: " + llambo->lasterror();
	sys->print("done\n");
}
