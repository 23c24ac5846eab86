# $Llambo_c: llama.cpp as an Inferno builtin module.
#
# The first five functions are the seed's and keep its types, so existing
# callers link.  Functions of the seed return -1 or nil on failure and set
# the error string (what %r prints; also lasterror()); the others raise.
Llambo_c: module
{
	PATH:	con "$Llambo_c";

	MAXMODELS:	con 32;
	MAXSTREAMS:	con 64;

	# sampling: temperature 0 is greedy and deterministic
	Params: adt {
		temperature:	real;
		top_k:	int;		# 0: off
		top_p:	real;		# 1.0: off
		min_p:	real;		# 0.0: off
		repeat_penalty:	real;	# 1.0: off
		repeat_last_n:	int;	# tokens the penalty looks back over
		seed:	int;		# -1: a different seed each time
	};

	load_model:	fn(path: string, use_mmap: int, n_gpu_layers: int): int;
	free_model:	fn(model_id: int): int;
	tokenize:	fn(model_id: int, text: string): array of int;
	infer:	fn(model_id: int, prompt: string, max_tokens: int, temperature: real): string;
	get_model_info:	fn(model_id: int): string;

	defaults:	fn(): Params;
	detokenize:	fn(model_id: int, tokens: array of int): string;
	configure:	fn(model_id: int, n_ctx: int, n_threads: int, n_batch: int): int;
	generate:	fn(model_id: int, prompt: string, max_tokens: int, p: Params): string;
	# (role, text) pairs, oldest first ("system", "user", "assistant"), through the
	# model's own chat template; the assistant's answer
	chat:	fn(model_id: int, msgs: list of (string, string), max_tokens: int, p: Params): string;
	start:	fn(model_id: int, prompt: string, max_tokens: int, p: Params): int;
	next:	fn(stream: int): string;
	stop:	fn(stream: int): int;
	progress:	fn(): real;
	lasterror:	fn(): string;
};
