/*
 * $Llambo_c private declarations: model slots and streams.
 */
enum
{
	Maxmodels	= 32,
	Maxstreams	= 64,
	Defctx		= 2048,		/* context when the model's is larger */
	Defbatch	= 512,
	Logmax		= 512,		/* llama.cpp's error text, before the error string's cut */
	Maxseqs		= 32,		/* sequences of a model's shared stream context (bits of a ulong) */
	Kvbudget	= 256<<20,	/* bytes of KV cache that context may take */
	Gatherus	= 4000,		/* most a batched decode waits for the rest of its streams */
};

typedef struct Model Model;
typedef struct Stream Stream;
typedef struct Sparams Sparams;
typedef struct Buf Buf;

struct Model
{
	QLock	lk;		/* one llama.cpp call at a time on this model */
	int	inuse;
	int	loads;		/* load_model calls not yet matched by free_model */
	int	ref;		/* loads + calls in progress + open streams */
	char*	path;		/* as the program gave it (get_model_info) */
	char*	hpath;		/* the host file: loads of it share the model */
	int	mmap;
	int	ngpu;
	vlong	fsize;
	struct llama_model*	m;
	const struct llama_vocab*	vocab;
	struct llama_context*	ctx;
	struct ggml_threadpool*	tp;
	int	nctx;
	int	nthreads;
	int	nbatch;

	/* concurrent streams decode together: one context, one sequence each */
	QLock	plk;		/* the want flags of its streams */
	struct llama_context*	bctx;
	struct ggml_threadpool*	btp;
	struct llama_batch	batch;
	int	bcap;		/* its cells */
	int	reserved;	/* cells kept for its streams' prompts and max_tokens */
	ulong	seqs;		/* bit i: sequence i in use */
	int	bstale;		/* configured since bctx was made: no one joins it */
};

struct Stream
{
	QLock	lk;
	int	inuse;
	int	busy;		/* a next() is running */
	int	model;
	struct llama_context*	ctx;
	struct ggml_threadpool*	tp;
	struct llama_sampler*	smpl;
	int	seq;		/* its sequence in the model's bctx, or -1 for its own ctx */
	int	pos;		/* tokens in that sequence */
	int	need;		/* cells kept for it there */
	llama_token	tok;	/* sampled for it by a batched decode, not yet returned */
	int	want;		/* waiting for the next batched decode */
	int	late;		/* missed a gather: not waited for until it is in a batch with others */
	int	bad;		/* that decode failed */
	int	left;		/* tokens still allowed */
	int	done;
	char*	pend;		/* bytes of a UTF-8 character not yet complete */
	int	npend;
	int	maxpend;
};

struct Sparams
{
	double	temp;
	int	topk;
	double	topp;
	double	minp;
	double	repeat;
	int	lastn;
	int	seed;
};

/* a growing byte buffer */
struct Buf
{
	char*	p;
	int	n;
	int	max;
};
