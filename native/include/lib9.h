/*
 * The part of Inferno's lib9.h that a builtin module uses, for a hosted
 * (64-bit) build under disbridge.  Written for this project.
 */
#ifndef DISBRIDGE_LIB9_H
#define DISBRIDGE_LIB9_H

/* the system headers Inferno's Linux lib9.h brings in, so that a module sees the same names */
#ifndef _DEFAULT_SOURCE
#define	_DEFAULT_SOURCE
#endif
#include <features.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <stdarg.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <math.h>
#include <fcntl.h>
#include <setjmp.h>
#include <float.h>
#include <time.h>
#include <endian.h>
#include <stdint.h>

#ifndef nil
#define nil		((void*)0)
#endif
#define nelem(x)	(sizeof(x)/sizeof((x)[0]))
#define USED(x)		if(x){}else{}
#define SET(x)

typedef unsigned char	uchar;		/* ushort, uint, ulong: <sys/types.h> */
typedef signed char	schar;
typedef long long	vlong;
typedef unsigned long long	uvlong;
typedef unsigned int	Rune;
typedef uintptr_t	uintptr;

enum
{
	UTFmax		= 4,
	Runesync	= 0x80,
	Runeself	= 0x80,
	Runeerror	= 0xFFFD,
	Runemax		= 0x10FFFF,
};

extern	int	runetochar(char*, Rune*);
extern	int	chartorune(Rune*, char*);
extern	int	runelen(long);
extern	int	fullrune(char*, int);
extern	int	utflen(char*);
extern	int	utfnlen(char*, long);
extern	void*	mallocz(ulong, int);
extern	vlong	nsec(void);
extern	void	werrstr(char*, ...);
extern	void	rerrstr(char*, uint);

#define	ERRMAX	128	/* bytes in an error string, with its NUL */

/*
 * print: lib9's formatting (native/fmt.c), with Plan 9's verbs and flags:
 * %ud not %u, %lld and %llud for vlong, %r the error string.
 */
typedef struct Fmt	Fmt;
struct Fmt
{
	uchar	runes;		/* 0: only byte buffers are supported */
	void*	start;
	void*	to;		/* next byte */
	void*	stop;		/* end of room */
	int	(*flush)(Fmt*);	/* make room; 0 if it cannot */
	void*	farg;		/* for flush */
	int	nfmt;		/* bytes written so far */
	va_list	args;
	int	r;		/* the verb */
	int	width;
	int	prec;
	ulong	flags;
};

enum
{
	FmtWidth	= 1,
	FmtLeft		= FmtWidth << 1,
	FmtPrec		= FmtLeft << 1,
	FmtSharp	= FmtPrec << 1,
	FmtSpace	= FmtSharp << 1,
	FmtSign		= FmtSpace << 1,
	FmtZero		= FmtSign << 1,
	FmtUnsigned	= FmtZero << 1,
	FmtShort	= FmtUnsigned << 1,
	FmtLong		= FmtShort << 1,
	FmtVLong	= FmtLong << 1,
	FmtComma	= FmtVLong << 1,
	FmtByte		= FmtComma << 1,
	FmtFlag		= FmtByte << 1,
};

extern	int	print(char*, ...);
extern	char*	seprint(char*, char*, char*, ...);
extern	char*	vseprint(char*, char*, char*, va_list);
extern	int	snprint(char*, int, char*, ...);
extern	int	vsnprint(char*, int, char*, va_list);
extern	char*	smprint(char*, ...);
extern	char*	vsmprint(char*, va_list);
extern	int	sprint(char*, char*, ...);
extern	int	fprint(int, char*, ...);
extern	int	vfprint(int, char*, va_list);
extern	int	fmtfdinit(Fmt*, int, char*, int);
extern	int	fmtfdflush(Fmt*);
extern	int	fmtstrinit(Fmt*);
extern	char*	fmtstrflush(Fmt*);
extern	int	fmtinstall(int, int (*)(Fmt*));
extern	int	dofmt(Fmt*, char*);
extern	int	fmtprint(Fmt*, char*, ...);
extern	int	fmtvprint(Fmt*, char*, va_list);
extern	int	fmtrune(Fmt*, int);
extern	int	fmtstrcpy(Fmt*, char*);
extern	int	fmtrunestrcpy(Fmt*, Rune*);
extern	int	errfmt(Fmt*);
extern	int	quotestrfmt(Fmt*);
extern	int	quoterunestrfmt(Fmt*);
extern	void	quotefmtinstall(void);
extern	int	(*doquote)(int);

/*
 * floating point control (FCR) and status (FSR) words, Inferno's 386
 * layout: a set trap bit enables the trap (native/fcr.c)
 */
#define	FPINEX	(1<<5)
#define	FPUNFL	((1<<4)|(1<<1))
#define	FPOVFL	(1<<3)
#define	FPZDIV	(1<<2)
#define	FPINVAL	(1<<0)
#define	FPRNR	(0<<10)
#define	FPRZ	(3<<10)
#define	FPRPINF	(2<<10)
#define	FPRNINF	(1<<10)
#define	FPRMASK	(3<<10)
#define	FPPEXT	(3<<8)
#define	FPPSGL	(0<<8)
#define	FPPDBL	(2<<8)
#define	FPPMASK	(3<<8)
#define	FPAINEX	FPINEX
#define	FPAOVFL	FPOVFL
#define	FPAUNFL	FPUNFL
#define	FPAZDIV	FPZDIV
#define	FPAINVAL	FPINVAL

extern	void	setfcr(ulong);
extern	void	setfsr(ulong);
extern	ulong	getfcr(void);
extern	ulong	getfsr(void);

/* a sleeping lock, for state shared by threads outside the VM lock */
typedef struct QLock QLock;
struct QLock
{
	void*	p;
	int	init;
	vlong	space[8];	/* room for the host mutex */
};
extern	void	qlock(QLock*);
extern	void	qunlock(QLock*);
extern	int	canqlock(QLock*);

#endif
