/*
 * The part of Inferno's lib9.h that a builtin module uses, for a hosted
 * (64-bit) build under disbridge.  Written for this project.
 */
#ifndef DISBRIDGE_LIB9_H
#define DISBRIDGE_LIB9_H

#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <errno.h>

#ifndef nil
#define nil		((void*)0)
#endif
#define nelem(x)	(sizeof(x)/sizeof((x)[0]))
#define USED(x)		if(x){}else{}
#define SET(x)

typedef unsigned char	uchar;
typedef unsigned short	ushort;
typedef unsigned int	uint;
typedef unsigned long	ulong;
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
extern	int	snprint(char*, int, char*, ...);
extern	int	vsnprint(char*, int, char*, va_list);
extern	char*	smprint(char*, ...);
extern	vlong	nsec(void);
extern	void	werrstr(char*, ...);
extern	void	rerrstr(char*, uint);

enum
{
	ERRMAX	= 128,
};

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
