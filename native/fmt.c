/*
 * lib9's print formatting as a module meets it on emu: Plan 9 verbs and
 * flags, not C99's.  'u' is a flag (%ud, %llud), 'l' twice makes vlong,
 * ',' groups digits, %r is lib9's error string, a verb not installed
 * prints as %v%.  The table starts with what emu has installed by the
 * time a module's modinit runs: lib9's own verbs, %q %Q (emu's main),
 * %i %I %E %V %M (devip) and %e %f %g %G %É (the Math module).  A full
 * buffer cuts the output at a character boundary.  Written for
 * disbridge from lib9's documented behaviour and the tests against it.
 */
#include <pthread.h>
#include <stdio.h>	/* snprintf: the C library makes the digits of reals */
#include "lib9.h"

extern	void	bridge_hazard(char*);	/* what works here but not on emu: reported by the porting checks */

typedef int (*Fmts)(Fmt*);

typedef struct Verb Verb;
struct Verb
{
	int	c;
	Fmts	fn;
};

enum
{
	Maxverb	= 64,
	Ndigit	= 20,	/* %e %f %g: at most this precision */
	Nemuout	= 64,	/* and emu's buffer for the text */
	Nfprec	= 6,	/* and this by default */
};

static	int	flagfmt(Fmt*);
static	int	ifmt(Fmt*);
static	int	charfmt(Fmt*);
static	int	runefmt(Fmt*);
static	int	strfmt(Fmt*);
static	int	runesfmt(Fmt*);
static	int	percentfmt(Fmt*);
static	int	countfmt(Fmt*);
static	int	badfmt(Fmt*);
static	int	ipfmt(Fmt*);
static	int	fltfmt(Fmt*);

static	Verb	verbs[Maxverb] = {
	' ', flagfmt,	'#', flagfmt,	'+', flagfmt,	',', flagfmt,
	'-', flagfmt,	'h', flagfmt,	'l', flagfmt,	'u', flagfmt,
	'%', percentfmt,	'C', runefmt,	'S', runesfmt,	'c', charfmt,
	's', strfmt,	'n', countfmt,	'r', errfmt,
	'd', ifmt,	'o', ifmt,	'x', ifmt,	'X', ifmt,	'b', ifmt,	'p', ifmt,
	'q', quotestrfmt,	'Q', quoterunestrfmt,
	'i', ipfmt,	'I', ipfmt,	'E', ipfmt,	'V', ipfmt,	'M', ipfmt,
	'e', fltfmt,	'f', fltfmt,	'g', fltfmt,	'G', fltfmt,	0xC9, fltfmt,
};
static	pthread_mutex_t	verblk = PTHREAD_MUTEX_INITIALIZER;

int	(*doquote)(int);

static Fmts
verbfn(int c)
{
	int i;
	Fmts fn;

	fn = badfmt;
	pthread_mutex_lock(&verblk);
	for(i = 0; i < Maxverb && verbs[i].c != 0; i++)
		if(verbs[i].c == c){
			fn = verbs[i].fn;
			break;
		}
	pthread_mutex_unlock(&verblk);
	return fn;
}

int
fmtinstall(int c, Fmts fn)
{
	int i;

	if(c <= 0 || c >= 65536)
		return -1;
	if(fn == nil)
		fn = badfmt;
	pthread_mutex_lock(&verblk);
	for(i = 0; i < Maxverb && verbs[i].c != 0; i++)
		if(verbs[i].c == c)
			break;
	if(i == Maxverb){
		pthread_mutex_unlock(&verblk);
		return -1;
	}
	verbs[i].c = c;
	verbs[i].fn = fn;
	pthread_mutex_unlock(&verblk);
	return 0;
}

/*
 * Output.  Only byte buffers: the Rune-buffer family is not provided.
 * When n bytes do not fit, flush once; if that fails the buffer is
 * closed (stop = to) and everything after is dropped.
 */
static int
room(Fmt *f, int n)
{
	if((char*)f->to + n <= (char*)f->stop)
		return 1;
	if(f->flush == nil || (*f->flush)(f) == 0 || (char*)f->to + n > (char*)f->stop){
		f->stop = f->to;
		return 0;
	}
	return 1;
}

static int
put(Fmt *f, char *p, int n)
{
	if(!room(f, n))
		return -1;
	memmove(f->to, p, n);
	f->to = (char*)f->to + n;
	f->nfmt += n;
	return 0;
}

int
fmtrune(Fmt *f, int r)
{
	char b[UTFmax];
	Rune x;

	x = r;
	if(x < Runeself){
		b[0] = x;
		return put(f, b, 1);
	}
	return put(f, b, runetochar(b, &x));
}

static int
pad(Fmt *f, int n)
{
	while(n-- > 0)
		if(put(f, " ", 1) < 0)
			return -1;
	return 0;
}

/* the character at *m, stepped past; 0 for an unfinished one before me, which ends the text */
static int
nextchar(char **m, char *me, Rune *r)
{
	*r = *(uchar*)*m;
	if(*r < Runeself){
		(*m)++;
		return 1;
	}
	if(me - *m < UTFmax && !fullrune(*m, me - *m))
		return 0;
	*m += chartorune(r, *m);
	return 1;
}

/* n characters of UTF-8 from m (sz bytes), in the field width; re-encoded, so bad bytes print as U+FFFD */
static int
utfcpy(Fmt *f, char *m, int n, int sz)
{
	char *me;
	Rune r;
	int w, left, i;

	me = m + sz;
	w = f->width;
	left = f->flags & FmtLeft;
	if((f->flags & FmtPrec) && n > f->prec)
		n = f->prec;
	if(!left && pad(f, w - n) < 0)
		return -1;
	for(i = n; i > 0 && nextchar(&m, me, &r); i--)
		if(fmtrune(f, r) < 0)
			return -1;
	if(left && pad(f, w - n) < 0)
		return -1;
	return 0;
}

static int
runecpy(Fmt *f, Rune *m, int n)
{
	int w, left, i;

	w = f->width;
	left = f->flags & FmtLeft;
	if((f->flags & FmtPrec) && n > f->prec)
		n = f->prec;
	if(!left && pad(f, w - n) < 0)
		return -1;
	for(i = 0; i < n; i++)
		if(fmtrune(f, m[i]) < 0)
			return -1;
	if(left && pad(f, w - n) < 0)
		return -1;
	return 0;
}

/*
 * One conversion: flags, width, precision and the verb, starting just
 * after the '%'.  Returns where the format goes on, or nil to stop.
 */
static char*
conv(Fmt *f, char *fmt)
{
	Rune r;
	int n, i;

	f->flags = 0;
	f->width = f->prec = 0;
	for(;;){
		fmt += chartorune(&r, fmt);
		f->r = r;
		switch(r){
		case 0:
			return nil;
		case '.':
			f->flags |= FmtWidth|FmtPrec;
			continue;
		case '*':
			i = va_arg(f->args, int);
			if(i < 0){
				i = -i;
				f->flags |= FmtLeft;
			}
			goto number;
		case '0':
			if(!(f->flags & FmtWidth)){
				f->flags |= FmtZero;
				continue;
			}
			/* a 0 after the width or '.' is a digit */
		case '1': case '2': case '3': case '4': case '5':
		case '6': case '7': case '8': case '9':
			for(i = 0; r >= '0' && r <= '9'; r = *fmt++)
				i = i*10 + r - '0';
			fmt--;
		number:
			/* the second number is the precision, even without a '.' */
			if(f->flags & FmtWidth){
				f->flags |= FmtPrec;
				f->prec = i;
			}else{
				f->flags |= FmtWidth;
				f->width = i;
			}
			continue;
		}
		n = (*verbfn(r))(f);
		if(n < 0)
			return nil;
		if(n == 0)
			return fmt;
	}
}

int
dofmt(Fmt *f, char *fmt)
{
	int n0, n;
	Rune r;

	n0 = f->nfmt;
	for(;;){
		while(*fmt != 0 && *fmt != '%'){
			/* literal text is copied as it stands, a character at a time */
			n = *(uchar*)fmt < Runeself ? 1 : chartorune(&r, fmt);
			if(put(f, fmt, n) < 0)
				return -1;
			fmt += n;
		}
		if(*fmt++ == 0)
			return f->nfmt - n0;
		fmt = conv(f, fmt);
		if(fmt == nil)
			return -1;
	}
}

/* the verbs */
static struct {
	int	c;
	ulong	flag;
} flagtab[] = {
	',', FmtComma,	'-', FmtLeft,	'+', FmtSign,	'#', FmtSharp,	' ', FmtSpace,	'u', FmtUnsigned,
};

/* a flag: set it and go on with the conversion; h twice is a byte, l twice a vlong */
static int
flagfmt(Fmt *f)
{
	int i;

	switch(f->r){
	case 'h':
		if(f->flags & FmtShort)
			f->flags |= FmtByte;
		f->flags |= FmtShort;
		return 1;
	case 'l':
		if(f->flags & FmtLong)
			f->flags |= FmtVLong;
		f->flags |= FmtLong;
		return 1;
	}
	for(i = 0; i < (int)nelem(flagtab); i++)
		if(flagtab[i].c == f->r)
			f->flags |= flagtab[i].flag;
	return 1;
}

/* an unknown verb prints itself between %s; only the low byte of a wide one */
static int
badfmt(Fmt *f)
{
	char x[3];

	x[0] = '%';
	x[1] = f->r;
	x[2] = '%';
	f->prec = 3;
	utfcpy(f, x, 3, 3);
	return 0;
}

static int
percentfmt(Fmt *f)
{
	Rune x;

	x = f->r;
	f->prec = 1;
	return runecpy(f, &x, 1);
}

static int
charfmt(Fmt *f)
{
	char x;

	x = va_arg(f->args, int);
	f->prec = 1;
	return utfcpy(f, &x, 1, 1);
}

static int
runefmt(Fmt *f)
{
	Rune x;

	x = va_arg(f->args, int);
	return runecpy(f, &x, 1);
}

int
fmtstrcpy(Fmt *f, char *s)
{
	int i;

	if(s == nil)
		return utfcpy(f, "<nil>", 5, 5);
	if(f->flags & FmtPrec){
		/* never read past prec bytes: the string need not be terminated */
		for(i = 0; i < f->prec && s[i] != 0; i++)
			;
		return utfcpy(f, s, utfnlen(s, i), i);
	}
	return utfcpy(f, s, utflen(s), strlen(s));
}

static int
strfmt(Fmt *f)
{
	return fmtstrcpy(f, va_arg(f->args, char*));
}

int
fmtrunestrcpy(Fmt *f, Rune *s)
{
	int n;

	if(s == nil)
		return utfcpy(f, "<nil>", 5, 5);
	n = 0;
	if(f->flags & FmtPrec){
		while(n < f->prec && s[n] != 0)
			n++;
	}else
		while(s[n] != 0)
			n++;
	return runecpy(f, s, n);
}

static int
runesfmt(Fmt *f)
{
	return fmtrunestrcpy(f, va_arg(f->args, Rune*));
}

static int
countfmt(Fmt *f)
{
	void *p;

	p = va_arg(f->args, void*);
	if(f->flags & FmtVLong)
		*(vlong*)p = f->nfmt;
	else if(f->flags & FmtLong)
		*(long*)p = f->nfmt;
	else if(f->flags & FmtByte)
		*(char*)p = f->nfmt;
	else if(f->flags & FmtShort)
		*(short*)p = f->nfmt;
	else
		*(int*)p = f->nfmt;
	return 0;
}

int
errfmt(Fmt *f)
{
	char buf[ERRMAX];

	rerrstr(buf, sizeof buf);
	return utfcpy(f, buf, utflen(buf), strlen(buf));
}

/* the argument, by the size flags; *neg set for a negative signed one */
static uvlong
intarg(Fmt *f, int *neg)
{
	ulong fl;
	vlong v;

	fl = f->flags;
	if(f->r == 'p')
		return (uintptr)va_arg(f->args, void*);
	if(fl & FmtUnsigned){
		if(fl & FmtVLong)
			return va_arg(f->args, uvlong);
		if(fl & FmtLong)
			return va_arg(f->args, ulong);
		if(fl & FmtByte)
			return (uchar)va_arg(f->args, int);
		if(fl & FmtShort)
			return (ushort)va_arg(f->args, int);
		return va_arg(f->args, uint);
	}
	if(fl & FmtVLong)
		v = va_arg(f->args, vlong);
	else if(fl & FmtLong)
		v = va_arg(f->args, long);
	else if(fl & FmtByte)
		v = (schar)va_arg(f->args, int);
	else if(fl & FmtShort)
		v = (short)va_arg(f->args, int);
	else
		v = va_arg(f->args, int);
	*neg = v < 0;
	return v < 0 ? -(uvlong)v : (uvlong)v;
}

/*
 * Digits are written right to left into buf, which bounds the zero
 * padding that precision and the 0 flag can add.
 */
static int
ifmt(Fmt *f)
{
	char buf[70], *p, *digit;
	uvlong u;
	ulong fl;
	int neg, base, n;

	neg = 0;
	u = intarg(f, &neg);
	fl = f->flags;
	digit = "0123456789abcdef";
	switch(f->r){
	case 'd':
		base = 10;
		break;
	case 'p':
		fl |= FmtUnsigned;
		f->r = 'x';
		/* a pointer prints in hex */
	case 'x':
		base = 16;
		break;
	case 'X':
		base = 16;
		digit = "0123456789ABCDEF";
		break;
	case 'b':
		base = 2;
		break;
	case 'o':
		base = 8;
		break;
	default:
		return -1;
	}
	p = buf + sizeof buf - 1;
	for(n = 0; u != 0; n++){
		if((fl & FmtComma) && n % 4 == 3){
			*p-- = ',';
			n++;
		}
		*p-- = digit[u % base];
		u /= base;
	}
	if(n == 0){
		*p-- = '0';
		n = 1;
	}
	for(; n < f->prec && p > buf+3; n++)
		*p-- = '0';
	if(neg || (fl & (FmtSign|FmtSpace)))
		n++;
	if(fl & FmtSharp){
		if(base == 16)
			n += 2;
		else if(base == 8 && p[1] == '0')
			fl &= ~FmtSharp;	/* already starts with 0 */
		else if(base == 8)
			n++;
	}
	if((fl & FmtZero) && !(fl & FmtLeft)){
		for(; n < f->width && p > buf+3; n++)
			*p-- = '0';
		f->width = 0;
	}
	if(fl & FmtSharp){
		if(base == 16)
			*p-- = f->r;
		if(base == 16 || base == 8)
			*p-- = '0';
	}
	if(neg)
		*p-- = '-';
	else if(fl & FmtSign)
		*p-- = '+';
	else if(fl & FmtSpace)
		*p-- = ' ';
	f->flags &= ~FmtPrec;
	return utfcpy(f, p+1, n, n);
}

/*
 * %q %Q: quoted as rc quotes, when the text is empty, has a character
 * <= ' ' or a quote, or doquote says so; # forces the quotes.  The
 * precision is ignored.  As lib9 does, a quoted text that does not fit
 * the room left in a fixed buffer is shortened first.
 */
typedef struct Quote Quote;
struct Quote
{
	int	quoted;
	int	nrin;	/* characters taken */
	int	nbin;	/* bytes taken */
	int	nbout;	/* bytes made, with quotes */
};

static int
needquote(Rune c)
{
	return c <= ' ' || c == '\'' || (doquote != nil && doquote(c));
}

static void
quotesize(char *s, Rune *rs, int nout, int sharp, Quote *q)
{
	Rune c;
	int w;

	memset(q, 0, sizeof *q);
	if(sharp || (s != nil && *s == 0) || (rs != nil && *rs == 0)){
		if(nout < 2)
			return;
		q->quoted = 1;
		q->nbout = 2;
	}
	for(;;){
		if(s != nil)
			w = chartorune(&c, s);
		else{
			c = *rs;
			w = runelen(c);
		}
		if(c == 0 || q->nbout + w > nout)
			break;
		if(needquote(c)){
			if(!q->quoted){
				if(1 + q->nbout + w + 1 > nout)
					break;
				q->nbout += 2;
				q->quoted = 1;
			}
			if(c == '\''){
				if(1 + q->nbout + w > nout)
					break;
				q->nbout++;
			}
		}
		if(s != nil)
			s += w;
		else
			rs++;
		q->nbin += w;
		q->nrin++;
		q->nbout += w;
	}
}

static int
quoted(Fmt *f, char *s, Rune *rs, Quote *q)
{
	char *me;
	Rune r;
	int i, left;

	me = s + q->nbin;
	left = f->flags & FmtLeft;
	if(!left && pad(f, f->width - q->nbout) < 0)
		return -1;
	if(fmtrune(f, '\'') < 0)
		return -1;
	for(i = 0; i < q->nrin; i++){
		if(rs != nil)
			r = rs[i];
		else if(!nextchar(&s, me, &r))
			break;
		if(fmtrune(f, r) < 0 || (r == '\'' && fmtrune(f, r) < 0))
			return -1;
	}
	if(fmtrune(f, '\'') < 0)
		return -1;
	if(left && pad(f, f->width - q->nbout) < 0)
		return -1;
	return 0;
}

static int
quotefmt(Fmt *f, int runes)
{
	Quote q;
	char *s;
	Rune *rs;
	int nout;

	f->flags &= ~FmtPrec;
	s = nil;
	rs = nil;
	if(runes)
		rs = va_arg(f->args, Rune*);
	else
		s = va_arg(f->args, char*);
	if(s == nil && rs == nil)
		return utfcpy(f, "<nil>", 5, 5);
	nout = f->flush != nil ? 0x7FFFFFFF : (char*)f->stop - (char*)f->to;
	quotesize(s, rs, nout, f->flags & FmtSharp, &q);
	if(q.quoted)
		return quoted(f, s, rs, &q);
	if(runes)
		return runecpy(f, rs, q.nrin);
	return utfcpy(f, s, q.nrin, q.nbin);
}

int
quotestrfmt(Fmt *f)
{
	return quotefmt(f, 0);
}

int
quoterunestrfmt(Fmt *f)
{
	return quotefmt(f, 1);
}

void
quotefmtinstall(void)
{
	fmtinstall('q', quotestrfmt);
	fmtinstall('Q', quoterunestrfmt);
}

/* devip's verbs: %E ether, %V IPv4, %I IPv6 (v4 in v6 as dotted), %i 4 host longs, %M mask */
static uchar v4prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

static int
v6fmt(Fmt *f, uchar *p)
{
	char buf[5*8];
	int i, j, n, at, len;

	if(memcmp(p, v4prefix, 12) == 0)
		return fmtprint(f, "%d.%d.%d.%d", p[12], p[13], p[14], p[15]);
	/* the longest run of zero groups becomes :: (the first, of equals) */
	at = len = -1;
	for(i = 0; i < 16; i += 2){
		for(j = i; j < 16 && p[j] == 0 && p[j+1] == 0; j += 2)
			;
		if(j > i && j - i > len){
			at = i;
			len = j - i;
		}
	}
	n = 0;
	for(i = 0; i < 16; i += 2){
		if(i == at){
			n += snprint(buf+n, sizeof buf - n, "::");
			i += len;
			if(i >= 16)
				break;
		}else if(i != 0)
			n += snprint(buf+n, sizeof buf - n, ":");
		n += snprint(buf+n, sizeof buf - n, "%ux", (p[i]<<8) | p[i+1]);
	}
	return fmtstrcpy(f, buf);
}

static int
maskfmt(Fmt *f, uchar *p)
{
	int i, j, n, m, v;

	for(i = 0; i < 16 && p[i] == 0xff; i++)
		;
	for(j = i+1; j < 16; j++)
		if(p[j] != 0)
			return v6fmt(f, p);
	n = 8*i;
	if(i < 16){
		v = p[i];
		for(m = 0x80; m != 0 && (v & m) != 0; m >>= 1){
			v &= ~m;
			n++;
		}
		if(v != 0)
			return v6fmt(f, p);
	}
	return fmtprint(f, "/%d", n);
}

static int
ipfmt(Fmt *f)
{
	uchar *p, ip[16];
	ulong *lp;
	int i;

	switch(f->r){
	case 'E':
		p = va_arg(f->args, uchar*);
		return fmtprint(f, "%.2ux%.2ux%.2ux%.2ux%.2ux%.2ux", p[0], p[1], p[2], p[3], p[4], p[5]);
	case 'V':
		p = va_arg(f->args, uchar*);
		return fmtprint(f, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
	case 'I':
		return v6fmt(f, va_arg(f->args, uchar*));
	case 'i':
		lp = va_arg(f->args, ulong*);
		for(i = 0; i < 16; i += 4){
			ip[i] = *lp >> 24;
			ip[i+1] = *lp >> 16;
			ip[i+2] = *lp >> 8;
			ip[i+3] = *lp++;
		}
		return v6fmt(f, ip);
	case 'M':
		return maskfmt(f, va_arg(f->args, uchar*));
	}
	return fmtstrcpy(f, "(eipfmt)");
}

/*
 * %e %f %g as Inferno's Math module installs them (libmath's gfltconv):
 * the digits are the correctly rounded ones (dtoa modes 2 and 3, here
 * from the C library), trailing zeros dropped; %g with neither width
 * nor precision is the shortest text that reads back (g_fmt).  Zero
 * padding is never done.
 */
typedef struct Digits Digits;
struct Digits
{
	char	d[400];	/* significant digits, no trailing zeros; or Infinity/NaN */
	int	pt;	/* the decimal point's place; 9999 for Infinity and NaN */
	int	neg;
};

static void
trimzeros(Digits *g)
{
	int n;

	n = strlen(g->d);
	while(n > 0 && g->d[n-1] == '0')
		g->d[--n] = 0;
}

/* nd significant digits (nd <= 0: the shortest that reads back) */
static void
sigdigits(double x, int nd, Digits *g)
{
	char buf[64], *e;
	int i;

	if(nd <= 0){
		for(nd = 1; nd < 17; nd++){
			snprintf(buf, sizeof buf, "%.*e", nd-1, x);
			if(strtod(buf, nil) == x)
				break;
		}
	}
	snprintf(buf, sizeof buf, "%.*e", nd-1, x);
	e = strchr(buf, 'e');
	g->pt = atoi(e+1) + 1;
	*e = 0;
	for(i = 0; buf[i] != 0; i++)
		;
	g->d[0] = buf[0];
	if(buf[1] == '.')
		strcpy(g->d+1, buf+2);
	else
		g->d[1] = 0;
	trimzeros(g);
}

/* the digits of x rounded to nd places after the point */
static void
fixdigits(double x, int nd, Digits *g)
{
	char buf[400], *p, *q;

	snprintf(buf, sizeof buf, "%.*f", nd, x);
	p = buf;
	q = strchr(p, '.');
	g->pt = q != nil ? q - p : (int)strlen(p);
	if(q != nil)
		memmove(q, q+1, strlen(q));
	while(*p == '0'){
		p++;
		g->pt--;
	}
	strcpy(g->d, p);
	trimzeros(g);
	if(g->d[0] == 0)
		g->pt = -nd;	/* rounds to nothing */
}

static int
digitsof(double x, int mode, int nd, Digits *g)
{
	g->neg = signbit(x) != 0;
	x = fabs(x);
	if(isnan(x) || isinf(x)){
		strcpy(g->d, isnan(x) ? "NaN" : "Infinity");
		g->pt = 9999;
	}else if(x == 0){
		strcpy(g->d, "0");
		g->pt = 1;
	}else if(mode == 3)
		fixdigits(x, nd, g);
	else
		sigdigits(x, mode == 0 ? 0 : nd < 1 ? 1 : nd, g);
	return strlen(g->d);
}

/* the shortest form: .5, 1e+06, 1.5e-05 */
static void
shortest(double x, char *out)
{
	Digits g;
	char *p;
	int n, e, i;

	n = digitsof(x, 0, 0, &g);
	p = out;
	if(g.neg)
		*p++ = '-';
	if(g.pt == 9999)
		strcpy(p, g.d);
	else if(g.pt <= -4 || g.pt > n + 5){
		e = g.pt - 1;
		*p++ = g.d[0];
		if(n > 1){
			*p++ = '.';
			memmove(p, g.d+1, n-1);
			p += n-1;
		}
		sprint(p, "e%c%.2d", e < 0 ? '-' : '+', e < 0 ? -e : e);
	}else if(g.pt <= 0){
		*p++ = '.';
		for(i = g.pt; i < 0; i++)
			*p++ = '0';
		strcpy(p, g.d);
	}else if(g.pt >= n){
		memmove(p, g.d, n);
		p += n;
		for(i = n; i < g.pt; i++)
			*p++ = '0';
		*p = 0;
	}else{
		memmove(p, g.d, g.pt);
		p += g.pt;
		*p++ = '.';
		strcpy(p, g.d+g.pt);
	}
}

static int
fltfmt(Fmt *f)
{
	Digits g;
	char out[512], *p, ebuf[16], *ep;
	double x;
	int verb, prec, e, nd, i, sharp, echr;

	x = va_arg(f->args, double);
	verb = f->r;
	sharp = f->flags & FmtSharp;
	echr = verb == 'G' || verb == 0xC9 ? 'E' : 'e';
	prec = f->flags & FmtPrec ? f->prec : Nfprec;
	if(prec > Ndigit)
		prec = Ndigit;
	if(verb == 'g' || verb == 'G'){
		if((f->flags & (FmtWidth|FmtPrec)) == 0){
			shortest(x, out);
			if(echr == 'E' && (p = strchr(out, 'e')) != nil)
				*p = 'E';
			f->flags &= FmtWidth|FmtLeft;
			return utfcpy(f, out, strlen(out), strlen(out));
		}
		if(prec > 0)
			nd = digitsof(x, 2, prec, &g);
		else{
			nd = digitsof(x, 0, 0, &g);
			prec = nd;
			if(g.pt > prec && g.pt <= prec + 4)
				prec = g.pt;
		}
		e = g.pt;
		if(e >= -3 && e <= prec){
			verb = 'f';
			prec -= e;
		}else{
			verb = 'e';
			prec--;
		}
	}else if(verb == 'f')
		nd = digitsof(x, 3, prec, &g);
	else{
		verb = 'e';
		nd = digitsof(x, 2, 1+prec, &g);
	}
	e = g.pt;
	if(e == 9999){
		prec = 0;
		e = nd;
		verb = 'f';
	}
	if((f->r == 'g' || f->r == 'G') && !sharp){
		/* %g drops trailing zeros */
		if(verb == 'f' && prec + e > nd)
			prec = nd - e < 0 ? 0 : nd - e;
		else if(verb != 'f' && prec > nd-1)
			prec = nd-1;
	}
	ep = ebuf;
	if(verb != 'f'){
		for(i = e <= 0 ? 1-e : e-1; i != 0; i /= 10)
			*ep++ = '0' + i%10;
		while(ep < ebuf+2)
			*ep++ = '0';
	}
	p = out;
	if(g.neg)
		*p++ = '-';
	else if(f->flags & FmtSign)
		*p++ = '+';
	else if(f->flags & FmtSpace)
		*p++ = ' ';
	if(verb == 'f'){
		for(i = 0; i < e; i++)
			*p++ = i < nd ? g.d[i] : '0';
		if(i == 0)
			*p++ = '0';
		if(prec > 0 || sharp)
			*p++ = '.';
		for(i = 0; i != prec; i++)
			*p++ = i+e >= 0 && i+e < nd ? g.d[i+e] : '0';
	}else{
		*p++ = g.d[0];
		if(prec > 0 || sharp)
			*p++ = '.';
		for(i = 0; i != prec; i++)
			*p++ = i < nd-1 ? g.d[i+1] : '0';
		*p++ = echr;
		*p++ = e <= 0 ? '-' : '+';
		while(ep > ebuf)
			*p++ = *--ep;
	}
	*p = 0;
	if(p - out >= Nemuout)
		bridge_hazard("%f of a real this large overflows emu's 64-byte buffer (libmath gfltconv): emu crashes or corrupts its stack");
	f->flags &= FmtWidth|FmtLeft;
	return utfcpy(f, out, p - out, p - out);
}

/* the print family */
int
fmtvprint(Fmt *f, char *fmt, va_list args)
{
	va_list save;
	int n;

	f->flags = f->width = f->prec = 0;
	va_copy(save, f->args);
	va_end(f->args);
	va_copy(f->args, args);
	n = dofmt(f, fmt);
	va_end(f->args);
	va_copy(f->args, save);
	va_end(save);
	f->flags = f->width = f->prec = 0;
	return n < 0 ? n : 0;
}

int
fmtprint(Fmt *f, char *fmt, ...)
{
	va_list arg;
	int n;

	va_start(arg, fmt);
	n = fmtvprint(f, fmt, arg);
	va_end(arg);
	return n;
}

static void
fixed(Fmt *f, char *buf, char *e)
{
	memset(f, 0, sizeof *f);
	f->start = f->to = buf;
	f->stop = e - 1;	/* room for the NUL */
}

char*
vseprint(char *buf, char *e, char *fmt, va_list args)
{
	Fmt f;

	if(e <= buf)
		return nil;
	fixed(&f, buf, e);
	va_copy(f.args, args);
	dofmt(&f, fmt);
	va_end(f.args);
	*(char*)f.to = 0;
	return f.to;
}

char*
seprint(char *buf, char *e, char *fmt, ...)
{
	va_list arg;
	char *p;

	va_start(arg, fmt);
	p = vseprint(buf, e, fmt, arg);
	va_end(arg);
	return p;
}

int
vsnprint(char *buf, int n, char *fmt, va_list args)
{
	if(n <= 0)
		return -1;
	return vseprint(buf, buf+n, fmt, args) - buf;
}

int
snprint(char *buf, int n, char *fmt, ...)
{
	va_list arg;
	int r;

	va_start(arg, fmt);
	r = vsnprint(buf, n, fmt, arg);
	va_end(arg);
	return r;
}

int
sprint(char *buf, char *fmt, ...)
{
	va_list arg;
	int r;

	va_start(arg, fmt);
	r = vsnprint(buf, 1<<30, fmt, arg);
	va_end(arg);
	return r;
}

/* a growing buffer: 32 bytes, then 256 more at each flush */
static int
strflush(Fmt *f)
{
	char *s;
	uintptr n;

	if(f->start == nil)
		return 0;
	n = (uintptr)f->farg + 256;
	s = realloc(f->start, n);
	if(s == nil){
		free(f->start);
		f->start = f->to = f->stop = nil;
		return 0;
	}
	f->farg = (void*)n;
	f->to = s + ((char*)f->to - (char*)f->start);
	f->start = s;
	f->stop = s + n - 1;
	return 1;
}

int
fmtstrinit(Fmt *f)
{
	memset(f, 0, sizeof *f);
	f->start = malloc(32);
	if(f->start == nil)
		return -1;
	f->to = f->start;
	f->stop = (char*)f->start + 31;
	f->flush = strflush;
	f->farg = (void*)(uintptr)32;
	return 0;
}

char*
fmtstrflush(Fmt *f)
{
	if(f->start == nil)
		return nil;
	*(char*)f->to = 0;
	return f->start;
}

char*
vsmprint(char *fmt, va_list args)
{
	Fmt f;
	int n;

	if(fmtstrinit(&f) < 0)
		return nil;
	va_copy(f.args, args);
	n = dofmt(&f, fmt);
	va_end(f.args);
	if(n < 0){
		free(f.start);
		return nil;
	}
	return fmtstrflush(&f);
}

char*
smprint(char *fmt, ...)
{
	va_list arg;
	char *p;

	va_start(arg, fmt);
	p = vsmprint(fmt, arg);
	va_end(arg);
	return p;
}

static int
fdflush(Fmt *f)
{
	int n;

	n = (char*)f->to - (char*)f->start;
	if(n > 0 && write((int)(uintptr)f->farg, f->start, n) != n)
		return 0;
	f->to = f->start;
	return 1;
}

int
fmtfdinit(Fmt *f, int fd, char *buf, int size)
{
	memset(f, 0, sizeof *f);
	f->start = f->to = buf;
	f->stop = buf + size;
	f->flush = fdflush;
	f->farg = (void*)(uintptr)fd;
	return 0;
}

int
fmtfdflush(Fmt *f)
{
	if(fdflush(f) <= 0)
		return -1;
	return f->nfmt;
}

int
vfprint(int fd, char *fmt, va_list args)
{
	Fmt f;
	char buf[256];
	int n;

	fmtfdinit(&f, fd, buf, sizeof buf);
	va_copy(f.args, args);
	n = dofmt(&f, fmt);
	va_end(f.args);
	if(n > 0 && fdflush(&f) == 0)
		return -1;
	return n;
}

int
fprint(int fd, char *fmt, ...)
{
	va_list arg;
	int n;

	va_start(arg, fmt);
	n = vfprint(fd, fmt, arg);
	va_end(arg);
	return n;
}

int
print(char *fmt, ...)
{
	va_list arg;
	int n;

	va_start(arg, fmt);
	n = vfprint(1, fmt, arg);
	va_end(arg);
	return n;
}
