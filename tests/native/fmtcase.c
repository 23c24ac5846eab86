/*
 * Formats one case per input line with snprint and writes what came out,
 * for comparing lib9 print implementations: built with -m32 against the
 * reference tree's lib9 (and the verbs emu installs before any modinit
 * of ours), or natively against native/fmt.c.
 *
 * in:	size TAB kind TAB format-hex TAB argument
 * out:	return-value TAB output-hex
 *
 * kinds: n none, i int, u uint, l long, v vlong, d double (bits in hex),
 * s string (hex; - for nil), S runes (hex of 8-digit groups), b bytes
 * passed by address (hex), c int for %c, w two ints (width, value).
 */
#include "lib9.h"
#include <stdio.h>

#ifdef REFERENCE
extern int eipfmt(Fmt*);
extern int gfltconv(Fmt*);

static void
emuverbs(void)
{
	setfcr(FPPDBL|FPRNR);	/* as emu's FPinit, less the traps: 53-bit doubles for dtoa */
	quotefmtinstall();
	fmtinstall('i', eipfmt);
	fmtinstall('I', eipfmt);
	fmtinstall('E', eipfmt);
	fmtinstall('V', eipfmt);
	fmtinstall('M', eipfmt);
	fmtinstall('g', gfltconv);
	fmtinstall('G', gfltconv);
	fmtinstall('e', gfltconv);
	fmtinstall(0x00c9, gfltconv);
	fmtinstall('f', gfltconv);
}
#else
static void
emuverbs(void)
{
}

void
bridge_hazard(char *what)
{
	fprintf(stderr, "hazard: %s\n", what);
}

/* %r is not under test here */
void
rerrstr(char *buf, uint n)
{
	snprint(buf, n, "");
}
#endif

/* not strtoull: the reference's lib9 has its own, which saturates */
static uvlong
hexbits(char *s)
{
	uvlong v;

	for(v = 0; *s; s++)
		v = v<<4 | (*s <= '9' ? *s - '0' : (*s | 0x20) - 'a' + 10);
	return v;
}

static vlong
decimal(char *s)
{
	uvlong v;
	int neg;

	neg = *s == '-';
	for(v = 0, s += neg; *s >= '0' && *s <= '9'; s++)
		v = v*10 + *s - '0';
	return neg ? -(vlong)v : (vlong)v;
}

static int
unhex(char *s, uchar *out, int max)
{
	int n, v;

	for(n = 0; s[0] && s[1] && n < max; s += 2){
		sscanf(s, "%2x", &v);
		out[n++] = v;
	}
	return n;
}

static void
one(char *line)
{
	char *f[4], *p, buf[4096], fmt[1024];
	uchar arg[1024];
	Rune runes[256];
	uvlong bits;
	double d;
	int size, n, i, k, w;

	for(i = 0, p = line; i < 4; i++){
		f[i] = p;
		p = strchr(p, '\t');
		if(p == nil && i < 3)
			return;
		if(p != nil)
			*p++ = 0;
	}
	size = atoi(f[0]);
	if(size > (int)sizeof buf)
		size = sizeof buf;
	fmt[unhex(f[2], (uchar*)fmt, sizeof fmt - 1)] = 0;
	memset(buf, 0, sizeof buf);
	switch(f[1][0]){
	default:
		n = snprint(buf, size, fmt);
		break;
	case 'i':
	case 'c':
		n = snprint(buf, size, fmt, (int)decimal(f[3]));
		break;
	case 'u':
		n = snprint(buf, size, fmt, (uint)decimal(f[3]));
		break;
	case 'l':
		n = snprint(buf, size, fmt, (long)decimal(f[3]));
		break;
	case 'v':
		n = snprint(buf, size, fmt, decimal(f[3]));
		break;
	case 'w':
		w = atoi(f[3]);
		n = snprint(buf, size, fmt, w, atoi(strchr(f[3], ',') + 1));
		break;
	case 'd':
		bits = hexbits(f[3]);
		memcpy(&d, &bits, sizeof d);
		n = snprint(buf, size, fmt, d);
		break;
	case 's':
		if(f[3][0] == '-'){
			n = snprint(buf, size, fmt, (char*)nil);
			break;
		}
		arg[unhex(f[3], arg, sizeof arg - 1)] = 0;
		n = snprint(buf, size, fmt, (char*)arg);
		break;
	case 'S':
		for(k = 0, p = f[3]; strlen(p) >= 8 && k < 255; p += 8)
			runes[k++] = hexbits((char[9]){p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], 0});
		runes[k] = 0;
		n = snprint(buf, size, fmt, runes);
		break;
	case 'b':
		unhex(f[3], arg, sizeof arg);
		n = snprint(buf, size, fmt, arg);
		break;
	}
	printf("%d\t", n);
	for(i = 0; i < n && i < (int)sizeof buf; i++)
		printf("%02x", (uchar)buf[i]);
	printf("\n");
	fflush(stdout);
}

int
main(void)
{
	char line[8192];
	int n;

	emuverbs();
	while(fgets(line, sizeof line, stdin) != nil){
		n = strlen(line);
		if(n > 0 && line[n-1] == '\n')
			line[n-1] = 0;
		one(line);
	}
	return 0;
}
