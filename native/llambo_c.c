/*
 * $Llambo_c: llama.cpp as an Inferno builtin module.
 *
 * Locking: the VM lock is dropped (release) around every llama.cpp call
 * that can take time; heap values are read before and written after.  A
 * module lock is never held while taking the VM lock back, so the order
 * is always VM, then tablk (short, never blocks) or a model/stream lock.
 */
#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "raise.h"
#include "kernel.h"
#include "runt.h"
#include "llambo_cmod.h"
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>
#include <ucontext.h>
#include <llama.h>
#include <ggml-cpu.h>
#include "llambo_c.h"

static	Model	models[Maxmodels];
static	Stream	streams[Maxstreams];
static	QLock	tablk;		/* slot state: inuse, loads, ref */
static	QLock	loadlk;		/* one load at a time, so equal loads share a slot */
static	QLock	loglk;
static	QLock	decodelk;	/* one graph at a time: each uses every thread it has */
static	char	llamaerr[Logmax];	/* llama.cpp's own text, whole: kwerrstr cuts what Limbo sees */
static	float	loadprog;
static	int	backend;

static void
logcb(enum ggml_log_level level, const char *text, void *a)
{
	int n;

	USED(a);
	if(level != GGML_LOG_LEVEL_ERROR)
		return;
	qlock(&loglk);
	if(llamaerr[0] != 0){		/* the first error says most */
		qunlock(&loglk);
		return;
	}
	snprint(llamaerr, sizeof llamaerr, "%s", text);
	n = strlen(llamaerr);
	while(n > 0 && (llamaerr[n-1] == '\n' || llamaerr[n-1] == ' '))
		llamaerr[--n] = 0;
	qunlock(&loglk);
}

static void
lasterr(char *buf, int n)
{
	qlock(&loglk);
	snprint(buf, n, "%s", llamaerr[0] ? llamaerr : "unknown llama.cpp error");
	llamaerr[0] = 0;
	qunlock(&loglk);
}

/*
 * llama.cpp's work runs outside the VM lock and with FP traps masked:
 * host code underflows and divides by zero as a matter of course, and
 * Dis's default control (math-fp(2)) would turn that into an exception
 * thrown out of llama.cpp with its locks held.  The Dis control word
 * comes back with the status cleared, so nothing pending traps later.
 */
static ulong
hostwork(void)
{
	ulong fcr;

	release();
	fcr = getfcr();
	setfcr(fcr & ~(FPINVAL|FPZDIV|FPOVFL|FPUNFL));
	return fcr;
}

static void
vmwork(ulong fcr)
{
	setfsr(0);
	setfcr(fcr);
	acquire();
}

/*
 * emu runs a builtin on its kproc's stack, 32 KB on Linux/386: less
 * than llama.cpp needs to load a model or decode.  Each entry point
 * runs its body on a stack of the module's own, one per thread, kept
 * for the next call (an error() unwinds past it to the interpreter).
 * The same thread, so the Dis process, its error string and the VM
 * lock are as they were.
 */
enum
{
	Hoststack	= 1024*1024,
};

typedef struct Bigcall Bigcall;
struct Bigcall
{
	void	(*fn)(void*);
	void*	fp;
	ucontext_t	back;
};

static	__thread	char*	bigstk;
static	__thread	Bigcall*	bigcur;

static void
bigrun(void)
{
	bigcur->fn(bigcur->fp);
}

static void
onbigstack(void (*fn)(void*), void *fp)
{
	Bigcall b;
	ucontext_t uc;

	if(bigstk == nil){
		bigstk = malloc(Hoststack);
		if(bigstk == nil)
			error(exNomem);
	}
	b.fn = fn;
	b.fp = fp;
	getcontext(&uc);
	uc.uc_stack.ss_sp = bigstk;
	uc.uc_stack.ss_size = Hoststack;
	uc.uc_link = &b.back;
	makecontext(&uc, bigrun, 0);
	bigcur = &b;
	swapcontext(&b.back, &uc);
}

/* raise the error string as an exception */
static void
raiseerr(void)
{
	char e[ERRMAX];

	kgerrstr(e, sizeof e);
	error(e);
}

/*
 * A Limbo string of model text.  Not c2string: on emu it drops an
 * unfinished character at the end; here every byte that is not part of
 * a whole character shows as Runeerror, so nothing is lost silently.
 */
static String*
textstring(char *p, int n)
{
	String *s;
	Rune *r;
	int i, k, nr;

	for(i = 0; i < n && (uchar)p[i] < Runeself; i++)
		;
	if(i == n)
		return c2string(p, n);
	nr = 0;
	for(i = 0; i < n; nr++)
		i += (uchar)p[i] < Runeself || !fullrune(p+i, n-i) ? 1 : chartorune(&(Rune){0}, p+i);
	s = newrunes(nr);
	r = s->Srune;
	for(i = 0; i < n; i += k, r++){
		k = 1;
		if((uchar)p[i] < Runeself)
			*r = (uchar)p[i];
		else if(fullrune(p+i, n-i))
			k = chartorune(r, p+i);
		else
			*r = Runeerror;
	}
	return s;
}

static bool
progcb(float p, void *a)
{
	USED(a);
	loadprog = p;
	return true;
}

void
llambo_cmodinit(void)
{
	if(!backend){
		llama_log_set(logcb, nil);
		llama_backend_init();
		backend = 1;
	}
	builtinmod("$Llambo_c", Llambo_cmodtab, Llambo_cmodlen);
}

/* a string result made nil, its old value destroyed */
static void
nilret(String **ret)
{
	String *s;

	s = *ret;
	*ret = H;
	destroy(s);
}

/* growing buffers, outside the heap */
static int
bufadd(Buf *b, char *p, int n)
{
	char *q;
	int max;

	if(b->n + n + 1 > b->max){
		max = (b->n + n + 1) * 2;
		q = realloc(b->p, max);
		if(q == nil)
			return -1;
		b->p = q;
		b->max = max;
	}
	memmove(b->p + b->n, p, n);
	b->n += n;
	b->p[b->n] = 0;
	return 0;
}

static char*
dupstr(String *s)
{
	char *p;

	p = strdup(string2c(s));
	if(p == nil)
		error(exNomem);
	return p;
}

/* slots: look up and pin, under tablk */
static Model*
pin(int id, char *fn)
{
	Model *m;

	if(id < 0 || id >= Maxmodels){
		kwerrstr("%s: invalid model id %d", fn, id);
		return nil;
	}
	qlock(&tablk);
	m = &models[id];
	if(m->inuse != 1 || m->loads <= 0){
		qunlock(&tablk);
		kwerrstr("%s: model %d is not loaded", fn, id);
		return nil;
	}
	m->ref++;
	qunlock(&tablk);
	return m;
}

/*
 * the process's thread budget: contexts decode one at a time, each with
 * all its threads, so N streams never run N*threads on the cores (their
 * threads spin at ggml's barriers and starve each other)
 */
static int
decode(struct llama_context *c, struct llama_batch b)
{
	int r;

	qlock(&decodelk);
	r = llama_decode(c, b);
	qunlock(&decodelk);
	return r;
}

/*
 * a context with its own threadpool: without one, ggml makes and joins
 * threads for every graph, which costs about a tenth of the decode speed
 */
static struct llama_context*
mkctx(Model *m, int nctx, int nbatch, int nthreads, int nseq, struct ggml_threadpool **tpp)
{
	struct llama_context_params cp;
	struct ggml_threadpool_params tparams;
	struct ggml_threadpool *tp;
	struct llama_context *c;

	cp = llama_context_default_params();
	cp.n_ctx = nctx;
	cp.n_seq_max = nseq;
	cp.kv_unified = nseq > 1;	/* one pool of cells: split per-sequence caches made batches slower than one at a time */
	cp.n_batch = nbatch;
	cp.n_ubatch = nbatch;
	cp.n_threads = nthreads;
	cp.n_threads_batch = nthreads;
	cp.no_perf = true;
	c = llama_init_from_model(m->m, cp);
	if(c == nil)
		return nil;
	tparams = ggml_threadpool_params_default(nthreads);
	tparams.poll = 0;	/* idle pools sleep: spinning ones starve every other context's work */
	tp = ggml_threadpool_new(&tparams);
	if(tp != nil)
		llama_attach_threadpool(c, tp, tp);
	*tpp = tp;
	return c;
}

static void
freectx(struct llama_context *c, struct ggml_threadpool *tp)
{
	if(c != nil)
		llama_free(c);
	if(tp != nil)
		ggml_threadpool_free(tp);
}

static void
freebatch(Model *m)
{
	if(m->bctx == nil)
		return;
	freectx(m->bctx, m->btp);
	llama_batch_free(m->batch);
	m->bctx = nil;
	m->btp = nil;
	m->seqs = 0;
	m->bstale = 0;
}

static void
freemodel(Model *m)
{
	freebatch(m);
	freectx(m->ctx, m->tp);
	m->tp = nil;
	if(m->m != nil)
		llama_model_free(m->m);
	free(m->path);
	free(m->hpath);
	m->ctx = nil;
	m->m = nil;
	m->vocab = nil;
	m->path = nil;
	m->hpath = nil;
}

/* drop a reference; the last one frees the model (called released) */
static void
unpin(Model *m)
{
	int last;

	qlock(&tablk);
	last = --m->ref == 0;
	if(last)
		m->inuse = 3;		/* being freed: not findable, not reusable */
	qunlock(&tablk);
	if(!last)
		return;
	qlock(&m->lk);
	freemodel(m);
	qunlock(&m->lk);
	qlock(&tablk);
	m->inuse = 0;
	qunlock(&tablk);
}

/* unpin from the VM's side: released, and with FP traps masked, as llama.cpp runs */
static void
vmunpin(Model *m)
{
	ulong fcr;

	fcr = hostwork();
	unpin(m);
	vmwork(fcr);
}

static int
ncpu(void)
{
	long n;

	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* check the host file before llama.cpp sees it; 0 or -1 with the error string set: the cause, then the program's path */
static int
checkfile(char *host, char *path, vlong *size)
{
	struct stat st;
	char magic[4];
	int fd, n;

	if(stat(host, &st) < 0){
		kwerrstr("load_model: %s: %s", errno == ENOENT ? "file does not exist" : strerror(errno), path);
		return -1;
	}
	if(S_ISDIR(st.st_mode)){
		kwerrstr("load_model: is a directory: %s", path);
		return -1;
	}
	fd = open(host, O_RDONLY);
	if(fd < 0){
		kwerrstr("load_model: %s: %s", strerror(errno), path);
		return -1;
	}
	n = read(fd, magic, 4);
	close(fd);
	if(n != 4 || memcmp(magic, "GGUF", 4) != 0){
		kwerrstr("load_model: not a GGUF file: %s", path);
		return -1;
	}
	*size = st.st_size;
	return 0;
}

static int
findloaded(char *path, int mmap, int ngpu)
{
	int i;

	for(i = 0; i < Maxmodels; i++)
		if(models[i].inuse == 1 && models[i].loads > 0 && models[i].mmap == mmap
		&& models[i].ngpu == ngpu && strcmp(models[i].hpath, path) == 0)
			return i;
	return -1;
}

extern	char	rootdir[];	/* emu's: the host folder of the Inferno root; "" under disbridge */

/*
 * The host file an Inferno path names, for llama.cpp to open: emu's #U
 * (what / is bound to by default) is the host folder rootdir, and #U*
 * the host's own root.  Other bindings of the namespace are not
 * followed.  Under disbridge rootdir is "" and paths are the host's.
 */
static void
hostpath(char *path, char *buf, int n)
{
	if(strncmp(path, "#U*", 3) == 0)
		snprint(buf, n, "%s", path+3);
	else if(strncmp(path, "#U", 2) == 0)
		snprint(buf, n, "%s%s", rootdir, path+2);
	else if(path[0] == '/' || rootdir[0] == 0)
		snprint(buf, n, "%s%s", rootdir, path);
	else
		snprint(buf, n, "%s/%s", rootdir, path);
}

/* the load itself, released; returns the slot or -1 with the error string set */
static int
loadslot(char *path, int mmap, int ngpu)
{
	struct llama_model_params mp;
	struct llama_model *lm;
	char hp[4096], rp[4096], err[Logmax];
	vlong size;
	Model *m;
	int i, nctx;

	hostpath(path, hp, sizeof hp);
	if(realpath(hp, rp) == nil){
		kwerrstr("load_model: %s: %s", errno == ENOENT ? "file does not exist" : strerror(errno), path);
		return -1;
	}
	if(checkfile(rp, path, &size) < 0)
		return -1;
	qlock(&tablk);
	i = findloaded(rp, mmap, ngpu);
	if(i >= 0){
		models[i].loads++;
		models[i].ref++;
		qunlock(&tablk);
		return i;
	}
	for(i = 0; i < Maxmodels; i++)
		if(models[i].inuse == 0)
			break;
	if(i == Maxmodels){
		qunlock(&tablk);
		kwerrstr("load_model: too many models loaded (%d)", Maxmodels);
		return -1;
	}
	m = &models[i];
	m->inuse = 2;		/* loading */
	qunlock(&tablk);

	mp = llama_model_default_params();
	mp.load_mode = mmap ? LLAMA_LOAD_MODE_MMAP : LLAMA_LOAD_MODE_NONE;
	mp.n_gpu_layers = ngpu;
	mp.progress_callback = progcb;
	loadprog = 0;
	lasterr(err, sizeof err);	/* forget older errors */
	lm = llama_model_load_from_file(rp, mp);
	if(lm == nil){
		lasterr(err, sizeof err);
		kwerrstr("load_model: cannot load: %s: %s", err, path);
		goto Fail;
	}
	m->m = lm;
	m->vocab = llama_model_get_vocab(lm);
	nctx = llama_model_n_ctx_train(lm);
	if(nctx <= 0 || nctx > Defctx)
		nctx = Defctx;
	m->nthreads = ncpu();
	m->nbatch = Defbatch < nctx ? Defbatch : nctx;
	m->ctx = mkctx(m, nctx, m->nbatch, m->nthreads, 1, &m->tp);
	if(m->ctx == nil){
		lasterr(err, sizeof err);
		kwerrstr("load_model: cannot make a context: %s: %s", err, path);
		goto Fail;
	}
	m->nctx = llama_n_ctx(m->ctx);
	m->path = strdup(path);
	m->hpath = strdup(rp);
	m->mmap = mmap;
	m->ngpu = ngpu;
	m->fsize = size;
	qlock(&tablk);
	m->loads = 1;
	m->ref = 1;
	m->inuse = 1;
	qunlock(&tablk);
	return i;
Fail:
	freemodel(m);
	qlock(&tablk);
	m->inuse = 0;
	qunlock(&tablk);
	return -1;
}

static void
load_modelbody(void *fp)
{
	F_Llambo_c_load_model *f;
	char *path;
	int mmap, ngpu, id;
	ulong fcr;

	f = fp;
	*f->ret = -1;
	if(f->path == H || string2c(f->path)[0] == 0){
		kwerrstr("load_model: nil or empty path");
		return;
	}
	path = dupstr(f->path);
	mmap = f->use_mmap != 0;
	ngpu = f->n_gpu_layers;
	fcr = hostwork();
	qlock(&loadlk);
	id = loadslot(path, mmap, ngpu);
	qunlock(&loadlk);
	vmwork(fcr);
	free(path);
	*f->ret = id;
}

static void
free_modelbody(void *fp)
{
	F_Llambo_c_free_model *f;
	Model *m;

	f = fp;
	*f->ret = -1;
	m = pin(f->model_id, "free_model");
	if(m == nil)
		return;
	qlock(&tablk);
	m->loads--;
	m->ref--;		/* the load's own reference; ours is dropped below */
	qunlock(&tablk);
	vmunpin(m);
	*f->ret = 0;
}

/* tokens of text, malloced; the count, or -1 with the error string set */
static int
tokens(Model *m, char *text, llama_token **tp, char *fn)
{
	llama_token *t;
	int n, len;

	len = strlen(text);
	n = -llama_tokenize(m->vocab, text, len, nil, 0, true, true);
	if(n < 0)
		n = 0;
	t = malloc((n+1) * sizeof *t);
	if(t == nil){
		kwerrstr("%s: out of memory", fn);
		return -1;
	}
	n = llama_tokenize(m->vocab, text, len, t, n+1, true, true);
	if(n < 0){
		free(t);
		kwerrstr("%s: cannot tokenize", fn);
		return -1;
	}
	*tp = t;
	return n;
}

static Array*
intarray(llama_token *t, int n)
{
	Array *a;
	int i;

	a = H2D(Array*, heaparray(&Tword, n));
	for(i = 0; i < n; i++)
		((WORD*)a->data)[i] = t[i];
	return a;
}

static void
tokenizebody(void *fp)
{
	F_Llambo_c_tokenize *f;
	llama_token *t;
	Array *a;
	Model *m;
	char *text;
	int n;
	ulong fcr;

	f = fp;
	a = *f->ret;
	*f->ret = H;
	destroy(a);
	if(f->text == H){
		kwerrstr("tokenize: nil text");
		return;
	}
	m = pin(f->model_id, "tokenize");
	if(m == nil)
		return;
	text = dupstr(f->text);
	fcr = hostwork();
	qlock(&m->lk);
	n = tokens(m, text, &t, "tokenize");
	qunlock(&m->lk);
	unpin(m);
	vmwork(fcr);
	free(text);
	if(n < 0)
		return;
	*f->ret = intarray(t, n);
	free(t);
}

static void
detokenizebody(void *fp)
{
	F_Llambo_c_detokenize *f;
	llama_token *t;
	Model *m;
	char *text;
	int i, n, nv, len;
	ulong fcr;

	f = fp;
	nilret(f->ret);
	m = pin(f->model_id, "detokenize");
	if(m == nil)
		raiseerr();
	n = f->tokens == H ? 0 : f->tokens->len;
	nv = llama_vocab_n_tokens(m->vocab);
	t = malloc((n+1) * sizeof *t);
	if(t == nil){
		vmunpin(m);
		error(exNomem);
	}
	for(i = 0; i < n; i++){
		t[i] = ((WORD*)f->tokens->data)[i];
		if(t[i] < 0 || t[i] >= nv){
			free(t);
			vmunpin(m);
			errorf("detokenize: token %d at %d is outside the vocabulary (0..%d)", ((WORD*)f->tokens->data)[i], i, nv-1);
		}
	}
	fcr = hostwork();
	qlock(&m->lk);
	len = n*8 + 16;
	text = malloc(len);
	if(text != nil){
		i = llama_detokenize(m->vocab, t, n, text, len, false, false);
		if(i < 0){
			len = -i + 1;
			free(text);
			text = malloc(len);
			if(text != nil)
				i = llama_detokenize(m->vocab, t, n, text, len, false, false);
		}
	}
	qunlock(&m->lk);
	unpin(m);
	vmwork(fcr);
	free(t);
	if(text == nil || i < 0){
		free(text);
		error(exNomem);
	}
	*f->ret = textstring(text, i);
	free(text);
}

/* sampling */
static char*
checkparams(Sparams *p)
{
	if(isnan(p->temp) || isinf(p->temp) || p->temp < 0)
		return "temperature must be a finite number >= 0";
	if(p->topk < 0)
		return "top_k must be >= 0";
	if(isnan(p->topp) || p->topp < 0 || p->topp > 1)
		return "top_p must be in [0, 1]";
	if(isnan(p->minp) || p->minp < 0 || p->minp > 1)
		return "min_p must be in [0, 1]";
	if(isnan(p->repeat) || isinf(p->repeat) || p->repeat <= 0)
		return "repeat_penalty must be a finite number > 0";
	if(p->lastn < 0)
		return "repeat_last_n must be >= 0";
	return nil;
}

static struct llama_sampler*
mksampler(Model *m, Sparams *p)
{
	struct llama_sampler *s;

	s = llama_sampler_chain_init(llama_sampler_chain_default_params());
	if(p->repeat != 1.0 && p->lastn > 0)
		llama_sampler_chain_add(s, llama_sampler_init_penalties(llama_vocab_n_tokens(m->vocab), p->lastn, p->repeat, 0, 0));
	if(p->temp <= 0){
		llama_sampler_chain_add(s, llama_sampler_init_greedy());
		return s;
	}
	if(p->topk > 0)
		llama_sampler_chain_add(s, llama_sampler_init_top_k(p->topk));
	if(p->topp < 1)
		llama_sampler_chain_add(s, llama_sampler_init_top_p(p->topp, 1));
	if(p->minp > 0)
		llama_sampler_chain_add(s, llama_sampler_init_min_p(p->minp, 1));
	llama_sampler_chain_add(s, llama_sampler_init_temp(p->temp));
	llama_sampler_chain_add(s, llama_sampler_init_dist(p->seed < 0 ? LLAMA_DEFAULT_SEED : (uint32_t)p->seed));
	return s;
}

static void
defparams(Sparams *p)
{
	p->temp = 0.8;
	p->topk = 40;
	p->topp = 0.95;
	p->minp = 0.05;
	p->repeat = 1.1;
	p->lastn = 64;
	p->seed = -1;
}

static void
fromadt(Sparams *p, Llambo_c_Params *a)
{
	p->temp = a->temperature;
	p->topk = a->top_k;
	p->topp = a->top_p;
	p->minp = a->min_p;
	p->repeat = a->repeat_penalty;
	p->lastn = a->repeat_last_n;
	p->seed = a->seed;
}

/* nil when a prompt of n tokens and max more fit a context of nctx */
static char*
fits(int n, int max, int nctx)
{
	static __thread char buf[ERRMAX];

	if(n <= 0)
		return "empty prompt";
	if(n >= nctx){
		snprint(buf, sizeof buf, "prompt is %d tokens, the context holds %d", n, nctx);
		return buf;
	}
	if(max > nctx - n){
		snprint(buf, sizeof buf, "max_tokens %d does not fit the context (%d tokens, the prompt uses %d)", max, nctx, n);
		return buf;
	}
	return nil;
}

/* decode a prompt into ctx from position 0; nil or an error */
static char*
prefill(Model *m, struct llama_context *ctx, llama_token *t, int n, int max)
{
	int i, k;
	char *err;

	err = fits(n, max, llama_n_ctx(ctx));
	if(err != nil)
		return err;
	llama_memory_clear(llama_get_memory(ctx), false);	/* metadata only: wiping the buffers costs ms */
	for(i = 0; i < n; i += k){
		k = n - i;
		if(k > m->nbatch)
			k = m->nbatch;
		if(decode(ctx, llama_batch_get_one(t + i, k)) != 0)
			return "llama_decode failed on the prompt";
	}
	return nil;
}

/* the whole generation, released and under the model lock */
static char*
gen(Model *m, char *prompt, int max, Sparams *p, Buf *out)
{
	struct llama_sampler *s;
	llama_token *t, tok;
	char piece[256], *err;
	int n, k;

	n = tokens(m, prompt, &t, "infer");
	if(n < 0)
		return "cannot tokenize the prompt";
	err = prefill(m, m->ctx, t, n, max);
	free(t);
	if(err != nil)
		return err;
	s = mksampler(m, p);
	for(n = 0; n < max; n++){
		tok = llama_sampler_sample(s, m->ctx, -1);
		if(llama_vocab_is_eog(m->vocab, tok))
			break;
		k = llama_token_to_piece(m->vocab, tok, piece, sizeof piece, 0, false);
		if(k > 0 && bufadd(out, piece, k) < 0){
			err = "out of memory";
			break;
		}
		if(n+1 < max && decode(m->ctx, llama_batch_get_one(&tok, 1)) != 0){
			err = "llama_decode failed";
			break;
		}
	}
	llama_sampler_free(s);
	return err;
}

/* generate from text (ours, freed here) for infer, generate and chat; nil or an error; unpins m */
static char*
runtext(Model *m, char *text, int max, Sparams *p, Buf *out)
{
	char *err;
	ulong fcr;

	err = checkparams(p);
	if(err == nil && max <= 0)
		err = "max_tokens must be > 0";
	fcr = hostwork();
	if(err == nil){
		qlock(&m->lk);
		err = gen(m, text, max, p, out);
		qunlock(&m->lk);
	}
	unpin(m);
	vmwork(fcr);
	free(text);
	return err;
}

/* generate for infer and generate; nil or an error, the text in out */
static char*
run(Model *m, String *prompt, int max, Sparams *p, Buf *out)
{

	if(prompt == H || string2c(prompt)[0] == 0){
		vmunpin(m);
		return "nil or empty prompt";
	}
	return runtext(m, dupstr(prompt), max, p, out);
}

/* generate into *ret (destroyed first); nil or an error; unpins m */
static char*
retgen(String **ret, Model *m, String *prompt, int max, Sparams *p)
{
	Buf out;
	char *err;

	memset(&out, 0, sizeof out);
	err = run(m, prompt, max, p, &out);
	if(err == nil)
		*ret = textstring(out.p != nil ? out.p : "", out.n);
	free(out.p);
	return err;
}

static void
inferbody(void *fp)
{
	F_Llambo_c_infer *f;
	Sparams p;
	Model *m;
	char *err;

	f = fp;
	nilret(f->ret);
	m = pin(f->model_id, "infer");
	if(m == nil)
		return;
	defparams(&p);
	p.temp = f->temperature;
	err = retgen(f->ret, m, f->prompt, f->max_tokens, &p);
	if(err != nil)
		kwerrstr("infer: %s", err);
}

static void
generatebody(void *fp)
{
	F_Llambo_c_generate *f;
	Sparams p;
	Model *m;
	char *err;

	f = fp;
	nilret(f->ret);
	m = pin(f->model_id, "generate");
	if(m == nil)
		raiseerr();
	fromadt(&p, &f->p);
	err = retgen(f->ret, m, f->prompt, f->max_tokens, &p);
	if(err != nil)
		errorf("generate: %s", err);
}

/*
 * chat: the messages, copied out of the heap, through the model's own
 * chat template (its GGUF metadata), with the assistant's turn opened.
 */
static void
freemsgs(llama_chat_message *cm, int n)
{
	int i;

	for(i = 0; i < n; i++){
		free((char*)cm[i].role);
		free((char*)cm[i].content);
	}
	free(cm);
}

static char*
chatmsgs(List *l, llama_chat_message **cmp, int *np)
{
	llama_chat_message *cm;
	List *x;
	String **t;
	int n;

	n = 0;
	for(x = l; x != H; x = x->tail)
		n++;
	if(n == 0)
		return "no messages";
	cm = calloc(n, sizeof *cm);
	if(cm == nil)
		return "out of memory";
	n = 0;
	for(x = l; x != H; x = x->tail){
		t = (String**)x->data;
		if(t[0] == H || string2c(t[0])[0] == 0){
			freemsgs(cm, n);
			return "a message with no role";
		}
		cm[n].role = strdup(string2c(t[0]));
		cm[n].content = strdup(t[1] == H ? "" : string2c(t[1]));
		n++;
		if(cm[n-1].role == nil || cm[n-1].content == nil){
			freemsgs(cm, n);
			return "out of memory";
		}
	}
	*cmp = cm;
	*np = n;
	return nil;
}

/* the prompt the template makes of cm; nil and *err on failure */
static char*
chatprompt(Model *m, llama_chat_message *cm, int n, char **err)
{
	const char *tmpl;
	char *buf;
	int len, need;

	tmpl = llama_model_chat_template(m->m, nil);
	if(tmpl == nil){
		*err = "the model has no chat template";
		return nil;
	}
	len = 4096;
	for(;;){
		buf = malloc(len);
		if(buf == nil){
			*err = "out of memory";
			return nil;
		}
		need = llama_chat_apply_template(tmpl, cm, n, true, buf, len);
		if(need < 0){
			free(buf);
			*err = "the model's chat template is not one llama.cpp knows";
			return nil;
		}
		if(need < len){
			buf[need] = 0;
			return buf;
		}
		free(buf);
		len = need+1;
	}
}

static void
chatbody(void *fp)
{
	F_Llambo_c_chat *f;
	llama_chat_message *cm;
	Sparams p;
	Model *m;
	Buf out;
	char *err, *text;
	int n;
	ulong fcr;

	f = fp;
	nilret(f->ret);
	m = pin(f->model_id, "chat");
	if(m == nil)
		raiseerr();
	fromadt(&p, &f->p);
	text = nil;
	err = chatmsgs(f->msgs, &cm, &n);
	if(err == nil){
		fcr = hostwork();
		text = chatprompt(m, cm, n, &err);
		vmwork(fcr);
		freemsgs(cm, n);
	}
	if(err != nil){
		vmunpin(m);
		errorf("chat: %s", err);
	}
	memset(&out, 0, sizeof out);
	err = runtext(m, text, f->max_tokens, &p, &out);
	if(err == nil)
		*f->ret = textstring(out.p != nil ? out.p : "", out.n);
	free(out.p);
	if(err != nil)
		errorf("chat: %s", err);
}

static void
defaultsbody(void *fp)
{
	F_Llambo_c_defaults *f;
	Sparams p;

	f = fp;
	defparams(&p);
	f->ret->temperature = p.temp;
	f->ret->top_k = p.topk;
	f->ret->top_p = p.topp;
	f->ret->min_p = p.minp;
	f->ret->repeat_penalty = p.repeat;
	f->ret->repeat_last_n = p.lastn;
	f->ret->seed = p.seed;
}

static void
configurebody(void *fp)
{
	F_Llambo_c_configure *f;
	struct llama_context *c;
	struct ggml_threadpool *tp;
	Model *m;
	int nctx, nthreads, nbatch, train;
	char err[Logmax];
	ulong fcr;

	f = fp;
	*f->ret = -1;
	m = pin(f->model_id, "configure");
	if(m == nil)
		raiseerr();
	nctx = f->n_ctx;
	nthreads = f->n_threads;
	nbatch = f->n_batch;
	train = llama_model_n_ctx_train(m->m);
	err[0] = 0;
	if(nctx < 16 || nctx > train)
		snprint(err, sizeof err, "configure: n_ctx %d is outside 16..%d", nctx, train);
	else if(nthreads < 1 || nthreads > 256)
		snprint(err, sizeof err, "configure: n_threads %d is outside 1..256", nthreads);
	else if(nbatch < 1 || nbatch > nctx)
		snprint(err, sizeof err, "configure: n_batch %d is outside 1..n_ctx", nbatch);
	if(err[0]){
		vmunpin(m);
		error(err);
	}
	fcr = hostwork();
	qlock(&m->lk);
	c = mkctx(m, nctx, nbatch, nthreads, 1, &tp);
	if(c != nil){
		if(m->seqs == 0)
			freebatch(m);
		else
			m->bstale = 1;	/* its streams keep the old settings */
		freectx(m->ctx, m->tp);
		m->ctx = c;
		m->tp = tp;
		m->nctx = llama_n_ctx(c);
		m->nthreads = nthreads;
		m->nbatch = nbatch;
	}else
		lasterr(err, sizeof err);
	qunlock(&m->lk);
	unpin(m);
	vmwork(fcr);
	if(c == nil)
		errorf("configure: cannot make a context: %s", err);
	*f->ret = 0;
}

/* JSON string contents, escaped */
static void
jsonstr(Buf *b, char *s)
{
	char e[8];
	uchar c;

	bufadd(b, "\"", 1);
	for(; *s; s++){
		c = *s;
		if(c == '"' || c == '\\'){
			e[0] = '\\';
			e[1] = c;
			bufadd(b, e, 2);
		}else if(c < 0x20){
			snprint(e, sizeof e, "\\u%04x", c);
			bufadd(b, e, 6);
		}else
			bufadd(b, (char*)&c, 1);
	}
	bufadd(b, "\"", 1);
}

static void
jsonkv(Buf *b, char *k, char *fmt, ...)
{
	char v[64];
	va_list arg;

	va_start(arg, fmt);
	vsnprint(v, sizeof v, fmt, arg);
	va_end(arg);
	bufadd(b, ",\"", 2);
	bufadd(b, k, strlen(k));
	bufadd(b, "\":", 2);
	bufadd(b, v, strlen(v));
}

static void
get_model_infobody(void *fp)
{
	F_Llambo_c_get_model_info *f;
	Model *m;
	Buf b;
	char arch[64], desc[128];
	int loads;

	f = fp;
	nilret(f->ret);
	m = pin(f->model_id, "get_model_info");
	if(m == nil)
		return;
	memset(&b, 0, sizeof b);
	if(llama_model_meta_val_str(m->m, "general.architecture", arch, 32) < 0)
		strcpy(arch, "unknown");
	llama_model_desc(m->m, desc, sizeof desc);
	qlock(&tablk);
	loads = m->loads;
	qunlock(&tablk);
	snprint(arch + 32, 32, "{\"model_id\":%d", f->model_id);
	bufadd(&b, arch + 32, strlen(arch + 32));
	bufadd(&b, ",\"path\":", 8);
	jsonstr(&b, m->path);
	jsonkv(&b, "n_vocab", "%d", llama_vocab_n_tokens(m->vocab));
	jsonkv(&b, "n_ctx", "%d", m->nctx);
	jsonkv(&b, "ref_count", "%d", loads);
	bufadd(&b, ",\"architecture\":", 16);
	jsonstr(&b, arch);
	bufadd(&b, ",\"description\":", 15);
	jsonstr(&b, desc);
	jsonkv(&b, "n_params", "%llud", (uvlong)llama_model_n_params(m->m));
	jsonkv(&b, "n_layer", "%d", llama_model_n_layer(m->m));
	jsonkv(&b, "n_embd", "%d", llama_model_n_embd(m->m));
	jsonkv(&b, "n_ctx_train", "%d", llama_model_n_ctx_train(m->m));
	jsonkv(&b, "file_size", "%lld", m->fsize);
	jsonkv(&b, "use_mmap", "%d", m->mmap);
	jsonkv(&b, "n_gpu_layers", "%d", m->ngpu);
	jsonkv(&b, "n_threads", "%d", m->nthreads);
	jsonkv(&b, "n_batch", "%d", m->nbatch);
	bufadd(&b, "}", 1);
	vmunpin(m);
	if(b.p == nil){
		kwerrstr("get_model_info: out of memory");
		return;
	}
	*f->ret = c2string(b.p, b.n);
	free(b.p);
}

/*
 * Concurrent streams of one model decode together, as llama.cpp's server
 * does: once a second stream is open, the model's shared context (bctx)
 * gives each new stream a sequence of its own, and whichever waiting
 * stream gets m->lk first decodes the pending token of every waiting
 * stream in one batch and samples each one's next (flat combining: the
 * others find their work done when they get the lock).
 */

/* bytes of f16 K and V per token of context */
static vlong
kvbytes(Model *m)
{
	int nh;

	nh = llama_model_n_head(m->m);
	if(nh <= 0)
		return 0;
	return 4LL * llama_model_n_layer(m->m) * llama_model_n_head_kv(m->m) * (llama_model_n_embd(m->m) / nh);
}

/* m's shared context: Maxseqs streams' worth of cells, or what Kvbudget allows, at least one; under m->lk */
static void
mkbatch(Model *m)
{
	vlong per;
	int cap, nb;

	cap = m->nctx * Maxseqs;
	per = kvbytes(m);
	if(per > 0 && (vlong)cap * per > Kvbudget)
		cap = Kvbudget / per;
	if(cap < m->nctx)
		cap = m->nctx;
	nb = m->nbatch > Maxseqs ? m->nbatch : Maxseqs;
	m->bctx = mkctx(m, cap, nb, m->nthreads, Maxseqs, &m->btp);
	if(m->bctx == nil)
		return;
	m->batch = llama_batch_init(nb, 0, 1);
	m->bcap = llama_n_ctx(m->bctx);
	m->reserved = 0;
	m->seqs = 0;
	m->bstale = 0;
}

/*
 * a sequence of m's shared context for s, with need cells kept for it,
 * when another stream of m is open; else -1.  Under m->lk.
 */
static int
join(Model *m, Stream *s, int need)
{
	int i, open;

	open = 0;
	qlock(&tablk);
	for(i = 0; i < Maxstreams; i++)
		if(streams[i].inuse && streams[i].model == s->model)
			open++;
	qunlock(&tablk);
	if(open < 2)
		return -1;
	if(m->bctx == nil)
		mkbatch(m);
	if(m->bctx == nil || m->bstale || m->reserved + need > m->bcap)
		return -1;
	for(i = 0; i < Maxseqs; i++)
		if((m->seqs & (1UL<<i)) == 0){
			m->seqs |= 1UL<<i;
			m->reserved += need;
			s->need = need;
			s->want = s->late = s->bad = 0;
			llama_memory_seq_rm(llama_get_memory(m->bctx), i, -1, -1);
			return i;
		}
	return -1;
}

/* give back s's sequence; under m->lk */
static void
leave(Model *m, Stream *s)
{
	if(s->seq < 0)
		return;
	llama_memory_seq_rm(llama_get_memory(m->bctx), s->seq, -1, -1);
	m->seqs &= ~(1UL<<s->seq);
	m->reserved -= s->need;
	s->seq = -1;
	if(m->seqs == 0 && m->bstale)
		freebatch(m);
}

static void
put(struct llama_batch *b, llama_token tok, int pos, int seq, int out)
{
	int i;

	i = b->n_tokens++;
	b->token[i] = tok;
	b->pos[i] = pos;
	b->n_seq_id[i] = 1;
	b->seq_id[i][0] = seq;
	b->logits[i] = out;
}

/* the prompt into s's sequence, and its first token sampled; under m->lk */
static char*
bprefill(Model *m, Stream *s, llama_token *t, int n)
{
	struct llama_batch *b;
	int i;

	b = &m->batch;
	b->n_tokens = 0;
	for(i = 0; i < n; i++){
		put(b, t[i], i, s->seq, i == n-1);
		if(b->n_tokens == m->nbatch || i == n-1){
			if(decode(m->bctx, *b) != 0)
				return "llama_decode failed on the prompt";
			b->n_tokens = 0;
		}
	}
	s->pos = n;
	s->tok = llama_sampler_sample(s->smpl, m->bctx, -1);
	return nil;
}

/*
 * give the other streams of the batch a moment to post their tokens: the
 * ones just served are still on their way back through the VM and the
 * caller, and a batch of one wastes the round.  A stream that misses the
 * wait is late, not waited for, until it makes a batch with others again
 * (one thread taking turns over several streams is never waited for).
 */
static void
gather(Model *m, int id)
{
	Stream *s;
	int i, t, missing;

	for(t = 0;; t += 50){
		missing = 0;
		qlock(&m->plk);
		for(i = 0; i < Maxstreams; i++){
			s = &streams[i];
			if(s->inuse && s->model == id && s->seq >= 0 && !s->done && !s->want && !s->late){
				missing++;
				if(t >= Gatherus)
					s->late = 1;
			}
		}
		qunlock(&m->plk);
		if(missing == 0 || t >= Gatherus)
			return;
		usleep(50);
	}
}

/* decode every waiting stream's token in one batch and sample each one's next; under m->lk */
static void
batchdecode(Model *m)
{
	Stream *w[Maxstreams];
	int i, n, id, bad;

	id = m - models;
	gather(m, id);
	n = 0;
	qlock(&m->plk);
	for(i = 0; i < Maxstreams; i++)
		if(streams[i].want && streams[i].model == id)
			w[n++] = &streams[i];
	qunlock(&m->plk);
	m->batch.n_tokens = 0;
	for(i = 0; i < n; i++)
		put(&m->batch, w[i]->tok, w[i]->pos, w[i]->seq, 1);
	bad = decode(m->bctx, m->batch) != 0;
	for(i = 0; i < n; i++){
		if(n > 1)
			w[i]->late = 0;
		w[i]->bad = bad;
		if(!bad){
			w[i]->pos++;
			w[i]->tok = llama_sampler_sample(w[i]->smpl, m->bctx, i);
		}
	}
	qlock(&m->plk);
	for(i = 0; i < n; i++)
		w[i]->want = 0;
	qunlock(&m->plk);
}

/* the next token of s: sampled now, or by the batched decode that made its logits */
static llama_token
sample(Stream *s, Model *m)
{
	llama_token tok;

	if(s->seq >= 0)
		return s->tok;
	qlock(&m->lk);
	tok = llama_sampler_sample(s->smpl, s->ctx, -1);
	qunlock(&m->lk);
	return tok;
}

static int
waiting(Model *m, Stream *s)
{
	int w;

	qlock(&m->plk);
	w = s->want;
	qunlock(&m->plk);
	return w;
}

/*
 * post s's token and wait for a batched decode of it, leading one when
 * m->lk is free.  A served stream must not queue for m->lk to learn it:
 * the next leader holds it for a whole decode, so it polls instead.
 */
static int
batched(Stream *s, Model *m)
{
	int us;

	qlock(&m->plk);
	s->want = 1;
	qunlock(&m->plk);
	for(us = 20; waiting(m, s); us = us < 1000 ? 2*us : us){
		if(canqlock(&m->lk)){
			if(s->want)
				batchdecode(m);
			qunlock(&m->lk);
			continue;
		}
		usleep(us);
	}
	return s->bad ? -1 : 0;
}

/* decode tok after the rest of s, or -1 */
static int
feed(Stream *s, Model *m, llama_token tok)
{
	int r;

	if(s->seq >= 0)
		return batched(s, m);
	qlock(&m->lk);
	r = decode(s->ctx, llama_batch_get_one(&tok, 1));
	qunlock(&m->lk);
	return r != 0 ? -1 : 0;
}

/* streams */
static void
freestream(Stream *s)
{
	if(s->smpl != nil)
		llama_sampler_free(s->smpl);
	freectx(s->ctx, s->tp);
	s->tp = nil;
	free(s->pend);
	s->smpl = nil;
	s->ctx = nil;
	s->pend = nil;
	s->npend = s->maxpend = 0;
}

static void
startbody(void *fp)
{
	F_Llambo_c_start *f;
	Sparams p;
	llama_token *t;
	Stream *s;
	Model *m;
	char *text, *err, ebuf[Logmax], why[Logmax];
	int i, n;
	ulong fcr;

	f = fp;
	*f->ret = -1;
	fromadt(&p, &f->p);
	err = checkparams(&p);
	if(err == nil && f->max_tokens <= 0)
		err = "max_tokens must be > 0";
	if(err == nil && (f->prompt == H || string2c(f->prompt)[0] == 0))
		err = "nil or empty prompt";
	if(err != nil)
		errorf("start: %s", err);
	m = pin(f->model_id, "start");
	if(m == nil)
		raiseerr();
	qlock(&tablk);
	for(i = 0; i < Maxstreams; i++)
		if(!streams[i].inuse)
			break;
	if(i < Maxstreams){
		streams[i].inuse = 1;
		streams[i].model = f->model_id;
	}
	qunlock(&tablk);
	if(i == Maxstreams){
		vmunpin(m);
		errorf("start: too many streams open (%d)", Maxstreams);
	}
	s = &streams[i];
	s->left = f->max_tokens;
	s->done = 0;
	s->busy = 0;
	text = dupstr(f->prompt);
	fcr = hostwork();
	qlock(&m->lk);
	err = nil;
	s->smpl = mksampler(m, &p);
	s->seq = -1;
	n = tokens(m, text, &t, "start");
	if(n < 0)
		err = "cannot tokenize the prompt";
	else{
		err = fits(n, f->max_tokens, m->nctx);
		if(err == nil && (s->seq = join(m, s, n + f->max_tokens)) >= 0)
			err = bprefill(m, s, t, n);
		else if(err == nil && (s->ctx = mkctx(m, m->nctx, m->nbatch, m->nthreads, 1, &s->tp)) == nil){
			lasterr(why, sizeof why);
			snprint(ebuf, sizeof ebuf, "cannot make a context: %s", why);
			err = ebuf;
		}else if(err == nil)
			err = prefill(m, s->ctx, t, n, f->max_tokens);
		free(t);
	}
	if(err != nil){
		if(err != ebuf)
			snprint(ebuf, sizeof ebuf, "%s", err);
		leave(m, s);
	}
	qunlock(&m->lk);
	free(text);
	if(err != nil){
		freestream(s);
		qlock(&tablk);
		s->inuse = 0;
		qunlock(&tablk);
		unpin(m);
		vmwork(fcr);
		errorf("start: %s", ebuf);
	}
	vmwork(fcr);
	*f->ret = i;
}

/* length of the prefix of p[0:n] made of whole UTF-8 characters */
static int
whole(char *p, int n)
{
	int i, k;

	for(i = 0; i < n; i += k){
		if(!fullrune(p+i, n-i))
			break;
		k = chartorune(&(Rune){0}, p+i);
	}
	return i;
}

/* the next piece of whole characters, or 0 at the end; released, under s->lk */
static int
step(Stream *s, Model *m, Buf *out, char **err)
{
	llama_token tok;
	char piece[256];
	int k, w;

	while(!s->done){
		if(s->left <= 0){
			s->done = 1;
			break;
		}
		tok = sample(s, m);
		if(llama_vocab_is_eog(m->vocab, tok)){
			s->done = 1;
			break;
		}
		s->left--;
		k = llama_token_to_piece(m->vocab, tok, piece, sizeof piece, 0, false);
		if(s->left > 0 && feed(s, m, tok) < 0){
			*err = "llama_decode failed";
			s->done = 1;
		}
		if(k <= 0)
			continue;
		if(s->npend + k > s->maxpend){
			s->maxpend = (s->npend + k) * 2;
			s->pend = realloc(s->pend, s->maxpend);
			if(s->pend == nil){
				*err = "out of memory";
				s->done = 1;
				return 0;
			}
		}
		memmove(s->pend + s->npend, piece, k);
		s->npend += k;
		w = whole(s->pend, s->npend);
		if(w > 0){
			bufadd(out, s->pend, w);
			memmove(s->pend, s->pend + w, s->npend - w);
			s->npend -= w;
			return 1;
		}
	}
	if(s->npend > 0){	/* an unfinished character at the very end: textstring marks it */
		bufadd(out, s->pend, s->npend);
		s->npend = 0;
		return 1;
	}
	return 0;
}

static Stream*
getstream(int id, char *fn)
{
	Stream *s;

	if(id < 0 || id >= Maxstreams)
		errorf("%s: invalid stream %d", fn, id);
	qlock(&tablk);
	s = &streams[id];
	if(!s->inuse || s->busy){
		qunlock(&tablk);
		errorf(s->inuse ? "%s: stream %d is busy in another thread" : "%s: stream %d is not open", fn, id);
	}
	s->busy = 1;
	qunlock(&tablk);
	return s;
}

static void
nextbody(void *fp)
{
	F_Llambo_c_next *f;
	Stream *s;
	Model *m;
	Buf out;
	char *err;
	int got;
	ulong fcr;

	f = fp;
	nilret(f->ret);
	s = getstream(f->stream, "next");
	m = &models[s->model];
	memset(&out, 0, sizeof out);
	err = nil;
	fcr = hostwork();
	qlock(&s->lk);
	got = step(s, m, &out, &err);
	qunlock(&s->lk);
	vmwork(fcr);
	qlock(&tablk);
	s->busy = 0;
	qunlock(&tablk);
	if(err != nil && !got){
		free(out.p);
		errorf("next: %s", err);
	}
	if(got)
		*f->ret = textstring(out.p, out.n);
	free(out.p);
}

static void
stopbody(void *fp)
{
	F_Llambo_c_stop *f;
	Stream *s;
	Model *m;
	ulong fcr;

	f = fp;
	s = getstream(f->stream, "stop");
	m = &models[s->model];
	fcr = hostwork();
	qlock(&s->lk);
	qlock(&m->lk);
	leave(m, s);
	qunlock(&m->lk);
	freestream(s);
	qunlock(&s->lk);
	qlock(&tablk);
	s->busy = 0;
	s->inuse = 0;
	qunlock(&tablk);
	unpin(m);
	vmwork(fcr);
	*f->ret = 0;
}

static void
progressbody(void *fp)
{
	F_Llambo_c_progress *f;

	f = fp;
	*f->ret = loadprog;
}

static void
lasterrorbody(void *fp)
{
	F_Llambo_c_lasterror *f;
	char buf[ERRMAX];

	f = fp;
	kgerrstr(buf, sizeof buf);
	retstr(buf, f->ret);
}

/* the project's addition to Inferno: free everything at module unload */
void
llambo_cmodcleanup(void)
{
	int i;

	for(i = 0; i < Maxstreams; i++)
		if(streams[i].inuse){
			freestream(&streams[i]);
			streams[i].inuse = 0;
		}
	for(i = 0; i < Maxmodels; i++)
		if(models[i].inuse){
			freemodel(&models[i]);
			models[i].inuse = 0;
			models[i].loads = 0;
			models[i].ref = 0;
		}
	if(backend){
		llama_backend_free();
		backend = 0;
	}
}

/* the entry points: each body on the module's own stack */
void
Llambo_c_load_model(void *fp)
{
	onbigstack(load_modelbody, fp);
}

void
Llambo_c_free_model(void *fp)
{
	onbigstack(free_modelbody, fp);
}

void
Llambo_c_tokenize(void *fp)
{
	onbigstack(tokenizebody, fp);
}

void
Llambo_c_detokenize(void *fp)
{
	onbigstack(detokenizebody, fp);
}

void
Llambo_c_infer(void *fp)
{
	onbigstack(inferbody, fp);
}

void
Llambo_c_generate(void *fp)
{
	onbigstack(generatebody, fp);
}

void
Llambo_c_chat(void *fp)
{
	onbigstack(chatbody, fp);
}

void
Llambo_c_defaults(void *fp)
{
	onbigstack(defaultsbody, fp);
}

void
Llambo_c_configure(void *fp)
{
	onbigstack(configurebody, fp);
}

void
Llambo_c_get_model_info(void *fp)
{
	onbigstack(get_model_infobody, fp);
}

void
Llambo_c_start(void *fp)
{
	onbigstack(startbody, fp);
}

void
Llambo_c_next(void *fp)
{
	onbigstack(nextbody, fp);
}

void
Llambo_c_stop(void *fp)
{
	onbigstack(stopbody, fp);
}

void
Llambo_c_progress(void *fp)
{
	onbigstack(progressbody, fp);
}

void
Llambo_c_lasterror(void *fp)
{
	onbigstack(lasterrorbody, fp);
}
