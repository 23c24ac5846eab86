/*
 * $Sum in Inferno C (sum.m): the same module as sum.py, as a
 * libinterp/ file would hold it.  Adler-32 and CRC-32 as zlib computes them.
 */
#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "raise.h"
#include "runt.h"
#include "summod.h"

static	ulong	crctab[256];

void
summodinit(void)
{
	ulong c;
	int i, k;

	for(i = 0; i < 256; i++){
		c = i;
		for(k = 0; k < 8; k++)
			c = c&1 ? 0xedb88320UL^(c>>1) : c>>1;
		crctab[i] = c;
	}
	builtinmod("$Sum", Summodtab, Summodlen);
}

/* the first n bytes of a; an n past its end is the caller's error, as sum.py says it */
static uchar*
span(Array *a, int n)
{
	char buf[64];
	int size;

	size = a == H ? 0 : a->len;
	if(n < 0 || n > size){
		snprint(buf, sizeof buf, "sum: count %d out of range 0..%d", n, size);
		error(buf);
	}
	return a == H ? nil : a->data;
}

void
Sum_adler32(void *fp)
{
	F_Sum_adler32 *f;
	uchar *p;
	ulong a, b;
	int i;

	f = fp;
	p = span(f->buf, f->n);
	a = 1;
	b = 0;
	for(i = 0; i < f->n; i++){
		a = (a + p[i]) % 65521;
		b = (b + a) % 65521;
	}
	*f->ret = (WORD)(b<<16 | a);
}

void
Sum_crc32(void *fp)
{
	F_Sum_crc32 *f;
	uchar *p;
	ulong c;
	int i;

	f = fp;
	p = span(f->buf, f->n);
	c = 0xffffffffUL;
	for(i = 0; i < f->n; i++)
		c = crctab[(c^p[i]) & 0xff] ^ (c>>8);
	*f->ret = (WORD)(c ^ 0xffffffffUL);
}

void
Sum_hex(void *fp)
{
	F_Sum_hex *f;
	char buf[16];

	f = fp;
	destroy(*f->ret);
	*f->ret = H;
	snprint(buf, sizeof buf, "%.8ux", (uint)f->v);
	*f->ret = c2string(buf, strlen(buf));
}
