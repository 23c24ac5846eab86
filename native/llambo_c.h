/*
 * $Llambo_c private declarations: model slots and streams.
 */
enum
{
	Maxmodels	= 32,
	Maxstreams	= 64,
	Defctx		= 2048,		/* context when the model's is larger */
	Defbatch	= 512,
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
