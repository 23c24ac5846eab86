/*
 * UTF-8 <-> Rune, as lib9 provides them.  Invalid input decodes as
 * Runeerror, one byte at a time, so nothing is silently dropped.
 */
#include "lib9.h"

int
runelen(long c)
{
	if(c < 0x80)
		return 1;
	if(c < 0x800)
		return 2;
	if(c < 0x10000)
		return 3;
	return 4;
}

int
runetochar(char *s, Rune *rp)
{
	Rune c;
	uchar *p;

	c = *rp;
	p = (uchar*)s;
	if(c > Runemax || (c >= 0xD800 && c <= 0xDFFF))
		c = Runeerror;
	if(c < 0x80){
		p[0] = c;
		return 1;
	}
	if(c < 0x800){
		p[0] = 0xC0 | c>>6;
		p[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	if(c < 0x10000){
		p[0] = 0xE0 | c>>12;
		p[1] = 0x80 | (c>>6 & 0x3F);
		p[2] = 0x80 | (c & 0x3F);
		return 3;
	}
	p[0] = 0xF0 | c>>18;
	p[1] = 0x80 | (c>>12 & 0x3F);
	p[2] = 0x80 | (c>>6 & 0x3F);
	p[3] = 0x80 | (c & 0x3F);
	return 4;
}

/* length of the sequence starting with c, or 0 if c cannot start one */
static int
seqlen(uchar c)
{
	if(c < 0x80)
		return 1;
	if(c >= 0xC2 && c <= 0xDF)
		return 2;
	if(c >= 0xE0 && c <= 0xEF)
		return 3;
	if(c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

int
chartorune(Rune *rp, char *s)
{
	uchar *p;
	int n, i;
	Rune c;

	p = (uchar*)s;
	n = seqlen(p[0]);
	if(n == 0){
		*rp = Runeerror;
		return 1;
	}
	if(n == 1){
		*rp = p[0];
		return 1;
	}
	c = p[0] & (0x7F >> n);
	for(i = 1; i < n; i++){
		if((p[i] & 0xC0) != 0x80){
			*rp = Runeerror;
			return 1;
		}
		c = c<<6 | (p[i] & 0x3F);
	}
	if((n == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (n == 4 && (c < 0x10000 || c > Runemax))){
		*rp = Runeerror;
		return 1;
	}
	*rp = c;
	return n;
}

int
fullrune(char *s, int n)
{
	int need;

	if(n <= 0)
		return 0;
	need = seqlen(*(uchar*)s);
	return need == 0 || n >= need;
}

int
utfnlen(char *s, long m)
{
	int n;
	Rune r;
	char *e;

	e = s + m;
	for(n = 0; s < e && *s; n++)
		s += fullrune(s, e-s) ? chartorune(&r, s) : 1;
	return n;
}

int
utflen(char *s)
{
	return utfnlen(s, strlen(s));
}
