/*
 * $@Name@ (@name@.m) in the style of Inferno's libinterp/: frames from
 * runt.h, the table from @name@mod.h, heap values through interp.h.
 */
#include "lib9.h"
#include "isa.h"
#include "interp.h"
#include "raise.h"
#include "runt.h"
#include "@name@mod.h"

void
@name@modinit(void)
{
	builtinmod("$@Name@", @Name@modtab, @Name@modlen);
}

void
@Name@_count(void *fp)
{
	F_@Name@_count *f;
	int i, n;

	f = fp;
	if(f->c < 0 || f->c > 255)
		error("@name@: count: byte value out of range");
	n = 0;
	if(f->buf != H)
		for(i = 0; i < f->buf->len; i++)
			if(f->buf->data[i] == f->c)
				n++;
	*f->ret = n;
}

static int
up(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* by the string's own form (len < 0: runes), never through C's NUL-ended text */
void
@Name@_upper(void *fp)
{
	F_@Name@_upper *f;
	String *s, *r;
	int i, n;

	f = fp;
	destroy(*f->ret);	/* the old result is ours to drop before it is replaced */
	*f->ret = H;
	s = f->s;
	if(s == H)
		return;
	if(s->len >= 0){
		r = newstring(s->len);
		for(i = 0; i < s->len; i++)
			r->Sascii[i] = up(s->Sascii[i]);
	}else{
		n = -s->len;
		r = newrunes(n);
		for(i = 0; i < n; i++)
			r->Srune[i] = up(s->Srune[i]);
	}
	*f->ret = r;
}
