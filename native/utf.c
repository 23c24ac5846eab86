/*
 * UTF-8 <-> Rune, as lib9 provides them.  Invalid input decodes as
 * Runeerror, one byte at a time, so nothing is silently dropped.
 */
#include "lib9.h"

/* bytes runetochar makes of c: a bad rune is Runeerror's 3 */
int
runelen(long c)
{
	char s[UTFmax];
	Rune r;

	r = c;
	return runetochar(s, &r);
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

/*
 * Whether n bytes hold a whole character, judged by the first byte
 * alone, as lib9 judges it: below 0x80 one byte; below 0xE0 (stray
 * continuation bytes too) two; below 0xF0 three; anything else four.
 */
int
fullrune(char *s, int n)
{
	uchar c;

	if(n <= 0)
		return 0;
	c = *(uchar*)s;
	if(c < 0x80)
		return 1;
	if(c < 0xE0)
		return n >= 2;
	if(c < 0xF0)
		return n >= 3;
	return n >= UTFmax;
}

/* characters in the first m bytes, up to a NUL; an incomplete one at the end does not count */
int
utfnlen(char *s, long m)
{
	int n;
	Rune r;
	char *e;

	e = s + m;
	for(n = 0; s < e && *s != 0; n++){
		if(*(uchar*)s < Runeself){
			s++;
			continue;
		}
		if(!fullrune(s, e - s))
			break;
		s += chartorune(&r, s);
	}
	return n;
}

/* characters up to the NUL, each bad byte one */
int
utflen(char *s)
{
	int n;
	Rune r;

	for(n = 0; *s != 0; n++)
		s += *(uchar*)s < Runeself ? 1 : chartorune(&r, s);
	return n;
}
