/*
 * The runtime shim: what emu's libinterp gives a builtin module, for a
 * hosted build driven by disbridge.  Heap objects carry a Heap header with
 * a reference count and a Type; every type keeps an audit of its live
 * objects.  error() unwinds to the call trampoline with longjmp; the VM
 * lock is the big lock that release()/acquire() drop and retake.
 */
#define _GNU_SOURCE	/* feenableexcept */
#include <setjmp.h>
#include <signal.h>
#include <ucontext.h>
#include <fenv.h>
#include <pthread.h>
#include <time.h>
#include <stdio.h>
#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "raise.h"
#include "kernel.h"
#include "bridge.h"

#define	WBITS	(8*sizeof(void*))

char	exAlt[]	= "alt send/recv on same chan";
char	exBusy[]	= "channel busy";
char	exModule[]	= "module not loaded";
char	exCompile[]	= "compile failed";
char	exCrange[]	= "constant range ";
char	exCctovflw[]	= "constant table overflow";
char	exCphase[]	= "compiler phase error";
char	exType[]	= "type not constructed correctly";
char	exZdiv[]	= "zero divide";
char	exHeap[]	= "out of memory: heap";
char	exImage[]	= "out of memory: image";
char	exItype[]	= "inconsistent type";
char	exMathia[]	= "invalid math argument";
char	exBounds[]	= "array bounds error";
char	exNegsize[]	= "negative array size";
char	exNomem[]	= "out of memory: main";
char	exSpawn[]	= "spawn a builtin module";
char	exOp[]	= "illegal dis instruction";
char	exTcheck[]	= "type check";
char	exInval[]	= "invalid argument";
char	exNilref[]	= "dereference of nil";
char	exRange[]	= "value out of range";
char	exLoadedmod[]	= "need newmod";

char	rootdir[1] = "";	/* emu's host folder of the Inferno root: here paths are the host's */

static	void	freestring(Heap*, int);
static	void	freearray(Heap*, int);
static	void	freelist(Heap*, int);

Type	Tbyte	= { 1, freeheap, nil, 1, 0, nil, nil, "byte" };
Type	Tword	= { 1, freeheap, nil, sizeof(WORD), 0, nil, nil, "int" };
Type	Treal	= { 1, freeheap, nil, sizeof(REAL), 0, nil, nil, "real" };
Type	Tlong	= { 1, freeheap, nil, sizeof(LONG), 0, nil, nil, "big" };
Type	Tptr	= { 1, freeheap, nil, sizeof(void*), 1, nil, nil, "ptr", .map = { 0x80 } };
static	Type	Tstring	= { 1, freestring, nil, sizeof(String), 0, nil, nil, "string" };
static	Type	Tarray	= { 1, freearray, nil, sizeof(Array), 0, nil, nil, "array" };
static	Type	Tlist	= { 1, freelist, nil, sizeof(List), 0, nil, nil, "list" };
Type*	TString	= &Tstring;
Type*	TArray	= &Tarray;
Type*	TList	= &Tlist;

static	Type*	types;
static	pthread_mutex_t	typelk = PTHREAD_MUTEX_INITIALIZER;
static	pthread_mutex_t	vmlk = PTHREAD_MUTEX_INITIALIZER;

enum
{
	Maxheld	= 8,	/* QLocks a call can hold that the checks follow */
};

/* per thread: the active call and the VM lock's hold times */
typedef struct Call Call;
struct Call
{
	sigjmp_buf	env;
	char	err[ERRTEXT];
	QLock*	held[Maxheld];	/* taken in this call and not yet released */
	int	nheld;
	vlong	lockedat;
	vlong	maxheld;
	int	holding;
	int	released;
};
static	__thread	Call*	cur;

vlong
nsec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (vlong)ts.tv_sec*1000000000LL + ts.tv_nsec;
}

static void
enroll(Type *t)
{
	Type *x;

	pthread_mutex_lock(&typelk);
	for(x = types; x != nil; x = x->link)
		if(x == t)
			break;
	if(x == nil){
		t->link = types;
		types = t;
	}
	pthread_mutex_unlock(&typelk);
}

static void
account(Type *t, vlong n, vlong bytes)
{
	if(!__atomic_load_n(&t->audited, __ATOMIC_SEQ_CST)){
		enroll(t);
		__atomic_store_n(&t->audited, 1, __ATOMIC_SEQ_CST);
	}
	__atomic_add_fetch(&t->live, n, __ATOMIC_SEQ_CST);
	__atomic_add_fetch(&t->bytes, bytes, __ATOMIC_SEQ_CST);
}

static Heap*
halloc(Type *t, ulong size)
{
	Heap *h;

	h = calloc(1, sizeof(Heap) + size);
	if(h == nil)
		error(exHeap);
	h->ref = 1;
	h->t = t;
	h->hprof = size;
	account(t, 1, size);
	return h;
}

static void
hfree(Heap *h)
{
	account(h->t, -1, -(vlong)h->hprof);
	h->t = nil;
	free(h);
}

Heap*
heap(Type *t)
{
	Heap *h;

	h = halloc(t, t->size);
	if(t->np > 0)
		bridge_nilptrs(t, H2D(uchar*, h));
	return h;
}

Heap*
heapz(Type *t)
{
	return heap(t);
}

/* apply f to every pointer slot the type's map marks in data */
static void
eachptr(Type *t, uchar *data, void (*f)(void**))
{
	int i, n;
	void **p;

	n = t->size / sizeof(void*);
	p = (void**)data;
	for(i = 0; i < n && i/8 < t->np; i++)
		if(t->map[i/8] & (0x80 >> (i%8)))
			f(&p[i]);
}

static void
ptrdestroy(void **p)
{
	destroy(*p);
}

static void
ptrnil(void **p)
{
	*p = H;
}

static void
freeptrs(Type *t, uchar *data)
{
	eachptr(t, data, ptrdestroy);
}

void
freeheap(Heap *h, int swept)
{
	USED(swept);
	if(h->t->np > 0)
		freeptrs(h->t, H2D(uchar*, h));
	hfree(h);
}

Type*
dtype(void (*f)(Heap*, int), int size, uchar *map, int mapsize)
{
	Type *t;

	if(mapsize > (int)sizeof(t->map))
		error("dtype: map too large");
	t = calloc(1, sizeof(Type));
	if(t == nil)
		error(exNomem);
	t->ref = 1;
	t->free = f != nil ? f : freeheap;
	t->size = size;
	t->np = mapsize;
	t->name = "adt";
	if(mapsize > 0)
		memmove(t->map, map, mapsize);
	return t;
}

/* a type made by dtype, no longer needed: out of the audit, then freed */
void
freetype(Type *t)
{
	Type **l;

	if(t == nil)
		return;
	pthread_mutex_lock(&typelk);
	for(l = &types; *l != nil; l = &(*l)->link)
		if(*l == t){
			*l = t->link;
			break;
		}
	pthread_mutex_unlock(&typelk);
	free(t);
}

void
destroy(void *v)
{
	Heap *h;

	if(v == H || v == nil)
		return;
	h = D2H(v);
	if(h->ref == 0 || h->t == nil){
		fprintf(stderr, "disbridge: destroy of a freed heap object %p\n", v);
		abort();
	}
	if(--h->ref == 0)
		h->t->free(h, 0);
}

/* strings */
static void
freestring(Heap *h, int swept)
{
	String *s;

	USED(swept);
	s = H2D(String*, h);
	free(s->tmp);
	hfree(h);
}

String*
newstring(int n)
{
	Heap *h;
	String *s;

	if(n < 0)
		error("negative string length");
	h = halloc(&Tstring, sizeof(String) + n + 1);
	s = H2D(String*, h);
	s->len = n;
	s->max = n;
	s->tmp = nil;
	return s;
}

String*
newrunes(int n)
{
	Heap *h;
	String *s;

	if(n < 0)
		error("negative string length");
	h = halloc(&Tstring, sizeof(String) + (n+1)*sizeof(Rune));
	s = H2D(String*, h);
	s->len = -n;
	s->max = n;
	s->tmp = nil;
	return s;
}

String*
c2string(char *cs, int len)
{
	int i, n;
	uchar *p;
	String *s;
	Rune *r;

	p = (uchar*)cs;
	for(i = 0; i < len; i++)
		if(p[i] >= Runeself)
			break;
	if(i == len){
		s = newstring(len);
		memmove(s->Sascii, cs, len);
		s->Sascii[len] = 0;
		return s;
	}
	/* as libinterp: an incomplete character at the end is dropped, a bad byte is Runeerror */
	n = 0;
	for(i = 0; i < len; n++){
		if(p[i] < Runeself)
			i++;
		else if(len-i >= UTFmax || fullrune(cs+i, len-i))
			i += chartorune(&(Rune){0}, cs+i);
		else
			break;
	}
	s = newrunes(n);
	r = s->Srune;
	for(i = 0; n-- > 0; r++)
		i += chartorune(r, cs+i);
	return s;
}

char*
string2c(String *s)
{
	int i, n;
	char *p;

	if(s == H || s == nil)
		return "";
	if(s->len >= 0){
		s->Sascii[s->len] = 0;
		return s->Sascii;
	}
	n = -s->len;
	free(s->tmp);
	s->tmp = malloc(n*UTFmax + 1);
	if(s->tmp == nil)
		error(exNomem);
	p = s->tmp;
	for(i = 0; i < n; i++)
		p += runetochar(p, &s->Srune[i]);
	*p = 0;
	return s->tmp;
}

void
retnstr(char *s, int n, String **d)
{
	String *o;

	o = *d;
	*d = H;
	destroy(o);
	*d = c2string(s, n);
}

void
retstr(char *s, String **d)
{
	retnstr(s, s == nil ? 0 : strlen(s), d);
}

/* arrays */
static void
freearray(Heap *h, int swept)
{
	int i;
	Array *a;
	Type *t;

	USED(swept);
	a = H2D(Array*, h);
	t = a->t;
	if(a->root != H)
		destroy(a->root);
	else if(t->np > 0)
		for(i = 0; i < a->len; i++)
			freeptrs(t, a->data + i*t->size);
	hfree(h);
}

Heap*
heaparray(Type *t, int sz)
{
	int i;
	Heap *h;
	Array *a;

	if(sz < 0)
		error("negative array size");
	if(t->size > 0 && (ulong)sz > (0x7fffffffUL - sizeof(Array)) / t->size)
		error(exNomem);
	h = halloc(&Tarray, sizeof(Array) + (ulong)t->size*sz);
	a = H2D(Array*, h);
	a->len = sz;
	a->t = t;
	a->root = H;
	a->data = (uchar*)a + sizeof(Array);
	if(t->np > 0)
		for(i = 0; i < sz; i++)
			bridge_nilptrs(t, a->data + i*t->size);
	return h;
}

void
bridge_nilptrs(Type *t, uchar *data)
{
	eachptr(t, data, ptrnil);
}

Array*
mem2array(void *va, int len)
{
	Heap *h;
	Array *a;

	if(len < 0)
		len = 0;	/* never nil: an empty array, as libinterp's runt.c makes it */
	h = heaparray(&Tbyte, len);
	a = H2D(Array*, h);
	if(va != nil)
		memmove(a->data, va, len);
	return a;
}

/* lists: cons an element of size bytes in front of *lp */
static void
freelist(Heap *h, int swept)
{
	List *l;

	USED(swept);
	l = H2D(List*, h);
	if(l->t != nil && l->t->np > 0)
		freeptrs(l->t, (uchar*)l->data);
	destroy(l->tail);
	hfree(h);
}

List*
cons(ulong size, List **lp)
{
	Heap *h;
	List *l;

	h = halloc(&Tlist, sizeof(List) + size);
	l = H2D(List*, h);
	l->tail = *lp;
	l->t = nil;
	*lp = l;
	return l;
}

/* errors unwind to the trampoline */
void
error(char *msg)
{
	if(cur == nil){
		fprintf(stderr, "disbridge: error(\"%s\") outside a call\n", msg);
		abort();
	}
	snprint(cur->err, sizeof cur->err, "%s", msg);
	siglongjmp(cur->env, 1);
}

void
errorf(char *fmt, ...)
{
	char buf[ERRTEXT];
	va_list arg;

	va_start(arg, fmt);
	vsnprint(buf, sizeof buf, fmt, arg);
	va_end(arg);
	error(buf);
}

/* the VM lock */
static void
held(Call *c)
{
	vlong d;

	d = nsec() - c->lockedat;
	if(d > c->maxheld)
		c->maxheld = d;
}

void
bridge_vmlock(void)
{
	pthread_mutex_lock(&vmlk);
}

void
bridge_vmunlock(void)
{
	pthread_mutex_unlock(&vmlk);
}

void
release(void)
{
	if(cur == nil || !cur->holding)
		return;
	held(cur);
	cur->holding = 0;
	cur->released++;
	pthread_mutex_unlock(&vmlk);
}

void
acquire(void)
{
	if(cur == nil || cur->holding)
		return;
	pthread_mutex_lock(&vmlk);
	cur->holding = 1;
	cur->lockedat = nsec();
}

/*
 * Floating point, as a builtin meets it on emu: Inferno's default control
 * (math-fp(2): traps on invalid, zero divide, overflow and underflow) for
 * the length of a call; the caller's comes back after.  A trap unwinds to
 * the trampoline as the Dis exception emu raises.  On x86-64 one control
 * word serves scalar and SIMD code alike, so SIMD code traps here too.
 */
#define	Fptraps	(FE_INVALID|FE_DIVBYZERO|FE_OVERFLOW|FE_UNDERFLOW)

/*
 * On x86-64 the call path swaps MXCSR directly, once each way: glibc's
 * fenv calls cost more than the rest of a scalar call.  (The 387's
 * control word is left alone: gcc keeps doubles in SSE registers.)
 */
#if defined(__x86_64__)
enum
{
	Mxflags	= 0x3f,			/* sticky status */
	Mxtraps	= (1<<7)|(1<<9)|(1<<10)|(1<<11),	/* invalid, zero divide, overflow, underflow masks */
};

static uint
fpenter(void)
{
	uint old, v;

	__asm__ volatile("stmxcsr %0" : "=m"(old));
	v = old & ~(Mxflags|Mxtraps);
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
	return old;
}

static void
fpleave(uint old)
{
	old &= ~Mxflags;
	__asm__ volatile("ldmxcsr %0" : : "m"(old));
}
#else
static uint
fpenter(void)
{
	uint old;

	old = fegetexcept();
	feclearexcept(FE_ALL_EXCEPT);
	feenableexcept(Fptraps);
	return old;
}

static void
fpleave(uint old)
{
	feclearexcept(FE_ALL_EXCEPT);
	fedisableexcept(FE_ALL_EXCEPT);
	feenableexcept(old);
}
#endif

static	struct sigaction	prevfpe;
static	pthread_once_t	fpeonce = PTHREAD_ONCE_INIT;

static	char	strayfpe[ERRMAX];	/* a trap in a thread outside any call */

/* pre, pc in hex (%#p), post into buf: no fmt (and its lock) inside a signal handler */
static void
pctext(char *buf, int n, char *pre, void *pc, char *post)
{
	char hex[2+2*sizeof(void*)+1], *p;
	uintptr v;
	int i;

	v = (uintptr)pc;
	p = hex + sizeof hex - 1;
	*p = 0;
	do{
		*--p = "0123456789abcdef"[v & 15];
		v >>= 4;
	}while(v != 0);
	*--p = 'x';
	*--p = '0';
	i = 0;
	for(; *pre && i < n-1; pre++)
		buf[i++] = *pre;
	for(; *p && i < n-1; p++)
		buf[i++] = *p;
	for(; *post && i < n-1; post++)
		buf[i++] = *post;
	buf[i] = 0;
}

/*
 * A trap in a thread no call runs on (a worker llama.cpp started while
 * traps were on inherits them): on emu it takes emu down.  Here the
 * thread's traps are masked in the context the kernel restores, the
 * instruction runs again without trapping, and the next checked call
 * reports it.
 */
static int
straytrap(siginfo_t *si, void *uc)
{
#if defined(__x86_64__) && defined(__linux__)
	ucontext_t *u;

	u = uc;
	if(u->uc_mcontext.fpregs == nil)
		return 0;
	u->uc_mcontext.fpregs->mxcsr = (u->uc_mcontext.fpregs->mxcsr | 0x1f80) & ~0x3f;
	u->uc_mcontext.fpregs->cwd |= 0x3f;
	u->uc_mcontext.fpregs->swd &= ~0xff;
	if(strayfpe[0] == 0)
		pctext(strayfpe, sizeof strayfpe, "an FP trap at pc=", si->si_addr,
			" in a thread no call runs on (one started with traps on): on emu it brings emu down");
	return 1;
#else
	USED(si);
	USED(uc);
	return 0;
#endif
}

static void
fptrap(int sig, siginfo_t *si, void *uc)
{
	Call *c;

	c = cur;
	if(c == nil){
		if(straytrap(si, uc))
			return;
		sigaction(SIGFPE, &prevfpe, nil);	/* whatever handled it before */
		return;		/* the instruction runs again, to the old handler */
	}
	USED(sig);
	pctext(c->err, sizeof c->err, "sys: fp: exception status=0000 pc=", si->si_addr, "");
	siglongjmp(c->env, 2);
}

static void
fpeinit(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fptrap;
	sa.sa_flags = SA_SIGINFO|SA_NODEFER;	/* a later trap in this thread is caught too */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGFPE, &sa, &prevfpe);
}

/* unlock what an unwound call left locked, and say so: on emu they stay locked */
static void
unheld(Call *c)
{
	char buf[ERRMAX];

	if(c->nheld == 0)
		return;
	snprint(buf, sizeof buf, "raised '%.40s' holding %d QLock%s: on emu %s locked and the next qlock hangs",
		c->err, c->nheld, c->nheld > 1 ? "s" : "", c->nheld > 1 ? "they stay" : "it stays");
	bridge_hazard(buf);
	while(c->nheld > 0)
		pthread_mutex_unlock((pthread_mutex_t*)c->held[--c->nheld]->space);
}

/*
 * Call fn(fp) with the VM lock held by the caller.  Returns 0, or -1 with
 * the error() message (or the FP trap's) in err.  maxheld is the longest
 * stretch (ns) the lock was held inside the call without release();
 * released counts them.
 */
int
bridge_call(void (*fn)(void*), void *fp, char *err, int nerr, vlong *maxheld, int *released)
{
	Call c, *prev;
	int rc;
	uint fpsaved;

	pthread_once(&fpeonce, fpeinit);
	memset(&c, 0, sizeof c);
	prev = cur;
	cur = &c;
	c.holding = 1;
	c.lockedat = nsec();
	rc = 0;
	fpsaved = fpenter();
	if(sigsetjmp(c.env, 0) == 0)
		fn(fp);
	else{
		rc = -1;
		snprint(err, nerr, "%s", c.err);
		unheld(&c);
	}
	fpleave(fpsaved);
	if(!c.holding){
		/* unwound while released: take the lock back for the caller */
		pthread_mutex_lock(&vmlk);
	}else
		held(&c);
	*maxheld = c.maxheld;
	*released = c.released;
	cur = prev;
	return rc;
}

/*
 * bridge_call on the stack as it is, measuring how much of it the call
 * used: the n bytes below this frame are painted first, and the deepest
 * byte no longer painted afterwards marks the use.  For the porting
 * check against emu's kproc stacks (32 KB on Linux/386).  *used is n
 * when the whole painted stretch was used: at least that much.
 */
enum
{
	Paint	= 0xA5,
};

static void __attribute__((noinline))
paint(char *top, int n)
{
	memset(top - n, Paint, n);
}

static int __attribute__((noinline))
depth(char *top, int n)
{
	int i;

	for(i = n; i > 0; i--)
		if((uchar)top[-i] != Paint)
			return i;
	return 0;
}

int
bridge_stackcall(void (*fn)(void*), void *fp, char *err, int nerr, vlong *maxheld, int *released, int n, int *used)
{
	char here, *top;
	int rc;

	top = (char*)((uintptr)&here - 4096);	/* below this function's frame and paint()'s */
	paint(top, n);
	rc = bridge_call(fn, fp, err, nerr, maxheld, released);
	*used = depth(top, n) + 4096;
	return rc;
}

/* bridge_call with the VM lock taken and dropped here: for frames of scalars only */
int
bridge_lcall(void (*fn)(void*), void *fp, char *err, int nerr, vlong *maxheld, int *released)
{
	int rc;

	pthread_mutex_lock(&vmlk);
	rc = bridge_call(fn, fp, err, nerr, maxheld, released);
	pthread_mutex_unlock(&vmlk);
	return rc;
}

/*
 * copy s out as UTF-8 into buf (max bytes) and destroy it, returning the
 * length; if it does not fit, leave it in *keep and return -1
 */
int
bridge_copystr(String *s, char *buf, int max, String **keep)
{
	int i, k, n;
	char *p, tmp[UTFmax];

	*keep = H;
	if(s == H)
		return 0;
	if(s->len >= 0){
		if(s->len > max){
			*keep = s;
			return -1;
		}
		memmove(buf, s->Sascii, s->len);
		n = s->len;
	}else{
		p = buf;
		for(i = 0; i < -s->len; i++){
			k = runetochar(tmp, &s->Srune[i]);
			if(p + k > buf + max){
				*keep = s;
				return -1;
			}
			memmove(p, tmp, k);
			p += k;
		}
		n = p - buf;
	}
	destroy(s);
	return n;
}

/* the heap audit */
int
bridge_audit(Type **tv, vlong *live, vlong *bytes, int n)
{
	Type *t;
	int i;

	pthread_mutex_lock(&typelk);
	i = 0;
	for(t = types; t != nil; t = t->link){
		if(i < n){
			tv[i] = t;
			live[i] = t->live;
			bytes[i] = t->bytes;
		}
		i++;
	}
	pthread_mutex_unlock(&typelk);
	return i;
}

vlong
bridge_live(void)
{
	Type *t;
	vlong n;

	n = 0;
	pthread_mutex_lock(&typelk);
	for(t = types; t != nil; t = t->link)
		n += t->live;
	pthread_mutex_unlock(&typelk);
	return n;
}

void*
builtinmod(char *name, void *tab, int n)
{
	return bridge_register(name, tab, n);
}

/* the first thing a call did that works here and breaks emu; taken by the porting checks */
static	__thread	char	hazard[ERRMAX];

void
bridge_hazard(char *what)
{
	if(hazard[0] == 0)
		snprint(hazard, sizeof hazard, "%s", what);
}

int
bridge_takehazard(char *buf, int n)
{
	if(hazard[0] == 0 && strayfpe[0] != 0){
		snprint(hazard, sizeof hazard, "%s", strayfpe);
		strayfpe[0] = 0;
	}
	if(hazard[0] == 0)
		return 0;
	snprint(buf, n, "%s", hazard);
	hazard[0] = 0;
	return 1;
}

/*
 * lib9's error string, as emu links it (lib9/errstr-posix.c): one buffer
 * for the whole host process, valid while errno still says it was set.
 * The Dis process's error string is kwerrstr's, below.
 */
enum
{
	Errmagic	= 0xffffff,
};
static	char	errstring[ERRMAX];

void
werrstr(char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	vsnprint(errstring, sizeof errstring, fmt, arg);
	va_end(arg);
	errno = Errmagic;
}

void
rerrstr(char *buf, uint n)
{
	if(n == 0)
		return;
	if(errno == Errmagic)
		snprint(buf, n, "%s", errstring);
	else
		snprint(buf, n, "%s", errno == EINTR ? "interrupted" : strerror(errno));
}

/* the calling Dis process's error string lives in the VM (Python side) */
/* the whole text goes to the VM: it cuts what Limbo sees as emu does, and keeps the rest for Python */
void
kwerrstr(char *fmt, ...)
{
	char buf[ERRMAX], *s;
	va_list arg;

	va_start(arg, fmt);
	s = vsmprint(fmt, arg);
	va_end(arg);
	if(s == nil){
		va_start(arg, fmt);
		vsnprint(buf, sizeof buf, fmt, arg);
		va_end(arg);
		s = buf;
	}
	bridge_kwerrstr(s);
	if(s != buf)
		free(s);
}

void
kgerrstr(char *buf, uint n)
{
	if(n > 0)
		bridge_kgerrstr(buf, n);
}

void
kerrstr(char *buf, uint n)
{
	char tmp[ERRMAX];

	kgerrstr(tmp, sizeof tmp);
	bridge_kwerrstr(buf);
	snprint(buf, n, "%s", tmp);
}

/* QLock over a pthread mutex, set up on first use */
static	pthread_mutex_t	qinit = PTHREAD_MUTEX_INITIALIZER;

static pthread_mutex_t*
qmutex(QLock *q)
{
	if(!__atomic_load_n(&q->init, __ATOMIC_ACQUIRE)){
		pthread_mutex_lock(&qinit);
		if(!q->init){
			pthread_mutex_init((pthread_mutex_t*)q->space, nil);
			__atomic_store_n(&q->init, 1, __ATOMIC_RELEASE);
		}
		pthread_mutex_unlock(&qinit);
	}
	return (pthread_mutex_t*)q->space;
}

/* a call's QLocks are followed, to report one left locked by an exception */
static void
took(QLock *q)
{
	if(cur != nil && cur->nheld < Maxheld)
		cur->held[cur->nheld++] = q;
}

void
qlock(QLock *q)
{
	pthread_mutex_lock(qmutex(q));
	took(q);
}

void
qunlock(QLock *q)
{
	int i;

	if(cur != nil)
		for(i = cur->nheld-1; i >= 0; i--)
			if(cur->held[i] == q){
				cur->held[i] = cur->held[--cur->nheld];
				break;
			}
	pthread_mutex_unlock(qmutex(q));
}

int
canqlock(QLock *q)
{
	if(pthread_mutex_trylock(qmutex(q)) != 0)
		return 0;
	took(q);
	return 1;
}

void*
mallocz(ulong n, int clr)
{
	return clr ? calloc(1, n) : malloc(n);
}
