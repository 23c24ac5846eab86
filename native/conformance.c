/*
 * $Conformance: the bridge's own proof of faithful emulation.  Written as a
 * real Inferno builtin module: frames from runt.h, the table from
 * conformancemod.h, heap values through interp.h only.
 */
#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "raise.h"
#include "kernel.h"
#include "runt.h"
#include "conformancemod.h"
#include <stddef.h>
#include <pthread.h>
#include <time.h>

static	Type*	TRec;
static	uchar	Recmap[8];

/* mark the pointer word at off; a word is a pointer's size on any host */
static void
mapptr(uchar *map, ulong off)
{
	off /= sizeof(void*);
	map[off/8] |= 0x80 >> (off%8);
}

void
conformancemodinit(void)
{
	memset(Recmap, 0, sizeof Recmap);
	mapptr(Recmap, offsetof(Conformance_Rec, name));
	mapptr(Recmap, offsetof(Conformance_Rec, tags));
	mapptr(Recmap, offsetof(Conformance_Rec, data));
	TRec = dtype(freeheap, sizeof(Conformance_Rec), Recmap, sizeof(Recmap));
	builtinmod("$Conformance", Conformancemodtab, Conformancemodlen);
}

void
conformancemodcleanup(void)
{
	freetype(TRec);
	TRec = nil;
}

static void
retarray(Array *a, Array **ret)
{
	Array *o;

	o = *ret;
	*ret = H;
	destroy(o);
	*ret = a;
}

void
Conformance_add(void *fp)
{
	F_Conformance_add *f;

	f = fp;
	*f->ret = (WORD)((uint)f->a + (uint)f->b);
}

void
Conformance_neg(void *fp)
{
	F_Conformance_neg *f;

	f = fp;
	*f->ret = (WORD)(0U - (uint)f->a);
}

void
Conformance_big2(void *fp)
{
	F_Conformance_big2 *f;

	f = fp;
	*f->ret = (LONG)((uvlong)f->a * 2);
}

void
Conformance_bytes(void *fp)
{
	F_Conformance_bytes *f;

	f = fp;
	*f->ret = f->b ^ 0xFF;
}

void
Conformance_half(void *fp)
{
	F_Conformance_half *f;

	f = fp;
	*f->ret = f->x / 2;
}

void
Conformance_echo(void *fp)
{
	F_Conformance_echo *f;
	String *s, *r;

	f = fp;
	s = f->s;
	if(s == H){
		r = *f->ret;
		*f->ret = H;
		destroy(r);
		return;
	}
	if(s->len >= 0){
		r = newstring(s->len);
		memmove(r->Sascii, s->Sascii, s->len);
	}else{
		r = newrunes(-s->len);
		memmove(r->Srune, s->Srune, -s->len*sizeof(Rune));
	}
	destroy(*f->ret);
	*f->ret = r;
}

void
Conformance_nchars(void *fp)
{
	F_Conformance_nchars *f;

	f = fp;
	if(f->s == H)
		*f->ret = 0;
	else
		*f->ret = f->s->len >= 0 ? f->s->len : -f->s->len;
}

void
Conformance_isnil(void *fp)
{
	F_Conformance_isnil *f;

	f = fp;
	*f->ret = f->s == H;
}

static Array*
copyarray(Array *a, Type *t)
{
	Heap *h;
	Array *r;
	int i;

	if(a == H)
		return H;
	h = heaparray(t, a->len);
	r = H2D(Array*, h);
	memmove(r->data, a->data, (ulong)a->len*t->size);
	if(t->np > 0)
		for(i = 0; i < a->len; i++)
			if(((String**)a->data)[i] != H)
				D2H(((String**)a->data)[i])->ref++;
	return r;
}

void
Conformance_abytes(void *fp)
{
	F_Conformance_abytes *f;

	f = fp;
	retarray(copyarray(f->a, &Tbyte), f->ret);
}

void
Conformance_aints(void *fp)
{
	F_Conformance_aints *f;
	Array *r;
	int i;

	f = fp;
	r = copyarray(f->a, &Tword);
	if(r != H)
		for(i = 0; i < r->len; i++)
			((WORD*)r->data)[i] *= 2;
	retarray(r, f->ret);
}

void
Conformance_abigs(void *fp)
{
	F_Conformance_abigs *f;

	f = fp;
	retarray(copyarray(f->a, &Tlong), f->ret);
}

void
Conformance_areals(void *fp)
{
	F_Conformance_areals *f;

	f = fp;
	retarray(copyarray(f->a, &Treal), f->ret);
}

void
Conformance_astrs(void *fp)
{
	F_Conformance_astrs *f;

	f = fp;
	retarray(copyarray(f->a, &Tptr), f->ret);
}

/* a list in the same order, elements of size n, pointers shared */
static List*
copylist(List *l, int n, Type *t)
{
	List *r, **tail;
	void *p;

	r = H;
	tail = &r;
	for(; l != H; l = l->tail){
		*tail = H;
		cons(n, tail);
		(*tail)->t = t;
		memmove((*tail)->data, l->data, n);
		if(t != nil && t->np > 0){
			memmove(&p, l->data, sizeof p);
			if(p != H)
				D2H(p)->ref++;
		}
		tail = &(*tail)->tail;
	}
	return r;
}

void
Conformance_lints(void *fp)
{
	F_Conformance_lints *f;
	List *o;

	f = fp;
	o = *f->ret;
	*f->ret = H;
	destroy(o);
	*f->ret = copylist(f->l, sizeof(WORD), nil);
}

void
Conformance_lstrs(void *fp)
{
	F_Conformance_lstrs *f;
	List *o;

	f = fp;
	o = *f->ret;
	*f->ret = H;
	destroy(o);
	*f->ret = copylist(f->l, sizeof(String*), &Tptr);
}

void
Conformance_pair(void *fp)
{
	F_Conformance_pair *f;
	String *o;

	f = fp;
	f->ret->t0 = f->a;
	o = f->ret->t1;
	f->ret->t1 = H;
	destroy(o);
	if(f->s != H)
		D2H(f->s)->ref++;
	f->ret->t1 = f->s;
}

void
Conformance_nest(void *fp)
{
	F_Conformance_nest *f;
	String *o;

	f = fp;
	o = f->ret->t1.t0;
	f->ret->t1.t0 = H;
	destroy(o);
	f->ret->t0 = f->t.t0 + 1;
	f->ret->t1.t1 = f->t.t1.t1 * 2;
	if(f->t.t1.t0 != H)
		D2H(f->t.t1.t0)->ref++;
	f->ret->t1.t0 = f->t.t1.t0;
}

void
Conformance_rec(void *fp)
{
	F_Conformance_rec *f;
	Conformance_Rec *o;

	f = fp;
	o = *f->ret;
	*f->ret = H;
	destroy(o);
	if(f->r == H)
		return;
	f->r->id++;
	D2H(f->r)->ref++;
	*f->ret = f->r;
}

void
Conformance_mkrec(void *fp)
{
	F_Conformance_mkrec *f;
	Conformance_Rec *r, *o;

	f = fp;
	r = H2D(Conformance_Rec*, heap(TRec));
	r->id = f->id;
	r->score = 0.5;
	if(f->name != H)
		D2H(f->name)->ref++;
	r->name = f->name;
	r->data = mem2array("rec", 3);
	o = *f->ret;
	*f->ret = r;
	destroy(o);
}

void
Conformance_sum(void *fp)
{
	F_Conformance_sum *f;
	char buf[256];

	f = fp;
	snprint(buf, sizeof buf, "%d %lld %d %g %s", f->a, f->b, f->c, f->d, string2c(f->e));
	retstr(buf, f->ret);
}

void
Conformance_realf(void *fp)
{
	F_Conformance_realf *f;
	char buf[512];

	f = fp;
	snprint(buf, sizeof buf, "%.*f", f->prec, f->x);
	retstr(buf, f->ret);
}

void
Conformance_scale(void *fp)
{
	F_Conformance_scale *f;
	ulong fcr;

	f = fp;
	fcr = getfcr();
	setfcr(fcr & ~(FPINVAL|FPZDIV|FPOVFL|FPUNFL));
	*f->ret = f->x * f->by;
	setfsr(0);
	setfcr(fcr);
}

void
Conformance_fcr(void *fp)
{
	F_Conformance_fcr *f;

	f = fp;
	*f->ret = getfcr();
}

void
Conformance_none(void *fp)
{
	USED(fp);
}

void
Conformance_fail(void *fp)
{
	F_Conformance_fail *f;

	f = fp;
	*f->ret = -1;
	if(f->msg == H)
		error(exNilref);
	error(string2c(f->msg));
}

void
Conformance_kerr(void *fp)
{
	F_Conformance_kerr *f;
	char *s;

	f = fp;
	s = string2c(f->msg);
	kwerrstr("%s", s);
	*f->ret = -1;
}

void
Conformance_geterr(void *fp)
{
	F_Conformance_geterr *f;
	char e[ERRMAX];

	f = fp;
	kgerrstr(e, sizeof e);
	retstr(e, f->ret);
}

static void
sleepms(int ms)
{
	struct timespec ts;

	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000L;
	nanosleep(&ts, nil);
}

void
Conformance_nap(void *fp)
{
	F_Conformance_nap *f;
	int ms;

	f = fp;
	ms = f->ms;		/* read the frame before letting go of the VM */
	release();
	sleepms(ms);
	acquire();
	*f->ret = ms;
}

void
Conformance_busy(void *fp)
{
	F_Conformance_busy *f;

	f = fp;
	sleepms(f->ms);		/* blocks without release(): what emu punishes */
	*f->ret = f->ms;
}

void
Conformance_overrun(void *fp)
{
	F_Conformance_overrun *f;

	f = fp;
	((uchar*)fp)[sizeof(*f)] = 0x5a;	/* one byte past the frame */
	*f->ret = f->a;
}

void
Conformance_clobber(void *fp)
{
	F_Conformance_clobber *f;

	f = fp;
	*f->ret = c2string("lost", 4);	/* the old result is never destroyed */
}

void
Conformance_leak(void *fp)
{
	F_Conformance_leak *f;
	int i;

	f = fp;
	for(i = 0; i < f->n; i++)
		newstring(8);		/* nobody holds these */
	*f->ret = f->n;
}

/* the mistake ported modules make: lib9's werrstr is not the Dis error string */
void
Conformance_lerr(void *fp)
{
	F_Conformance_lerr *f;

	f = fp;
	werrstr("%s", string2c(f->msg));
	*f->ret = -1;
}

static QLock scalelk;

void
Conformance_lockscale(void *fp)
{
	F_Conformance_lockscale *f;
	volatile double r;

	f = fp;
	qlock(&scalelk);
	r = f->x * f->by;
	qunlock(&scalelk);
	*f->ret = r;
}

typedef struct Scale Scale;
struct Scale
{
	double	x;
	double	by;
	double	r;
};

static void*
scaler(void *a)
{
	Scale *s;

	s = a;
	s->r = s->x * s->by;
	return nil;
}

void
Conformance_threadscale(void *fp)
{
	F_Conformance_threadscale *f;
	pthread_t t;
	Scale s;

	f = fp;
	s.x = f->x;
	s.by = f->by;
	s.r = 0;
	release();
	if(pthread_create(&t, nil, scaler, &s) == 0)
		pthread_join(t, nil);
	acquire();
	*f->ret = s.r;
}

/* a frame of about 1 KB per level, so that kb levels use about kb KB */
static int
down(int n)
{
	volatile char pad[1000];

	if(n <= 0)
		return 0;
	pad[0] = 1;
	pad[sizeof pad - 1] = 1;
	return down(n-1) + pad[0];
}

void
Conformance_deep(void *fp)
{
	F_Conformance_deep *f;

	f = fp;
	*f->ret = down(f->kb);
}
