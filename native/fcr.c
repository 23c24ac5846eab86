/*
 * lib9's floating point control and status words, with Inferno's 386
 * bit layout (lib9.h), over the host's: a module that masks traps
 * around library code with getfcr/setfcr writes the same lines for emu
 * and here.  A set trap bit enables that trap; setfsr clears the status.
 * On x86-64 they are MXCSR's, the word the bridge sets for a call
 * (runtime.c); elsewhere the C library's fenv.
 */
#define _GNU_SOURCE	/* feenableexcept */
#include <fenv.h>
#include "lib9.h"

#if defined(__x86_64__)
/* MXCSR: status bits 0-5, mask bits 7-12 (a set mask disables the trap), rounding 13-14 */
static struct {
	uint	mx;	/* status bit; its mask is mx<<7 */
	ulong	bits;
} traps[] = {
	1<<0,	FPINVAL,
	1<<2,	FPZDIV,
	1<<3,	FPOVFL,
	1<<4,	FPUNFL,
	1<<5,	FPINEX,
};

static ulong rounds[] = { FPRNR, FPRNINF, FPRPINF, FPRZ };	/* MXCSR RC 0-3 */

static uint
getmx(void)
{
	uint v;

	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}

static void
setmx(uint v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}

ulong
getfcr(void)
{
	ulong r;
	uint mx;
	int i;

	mx = getmx();
	r = FPPDBL | rounds[(mx>>13) & 3];	/* doubles are 53 bits here, as emu sets the 387 */
	for(i = 0; i < (int)nelem(traps); i++)
		if((mx & traps[i].mx<<7) == 0)
			r |= traps[i].bits;
	return r;
}

void
setfcr(ulong fcr)
{
	uint mx;
	int i;

	mx = getmx() & ~0x7fbf;		/* keep DAZ (6) and FZ (15) */
	for(i = 0; i < (int)nelem(traps); i++)
		if((fcr & traps[i].bits) != traps[i].bits)
			mx |= traps[i].mx<<7;
	mx |= 1<<8;			/* denormal operand: never a trap of Inferno's */
	for(i = 0; i < 4; i++)
		if((fcr & FPRMASK) == rounds[i])
			mx |= i<<13;
	setmx(mx);			/* status cleared: a pending flag must not trap when its trap comes on */
}

ulong
getfsr(void)
{
	ulong r;
	uint mx;
	int i;

	mx = getmx();
	r = 0;
	for(i = 0; i < (int)nelem(traps); i++)
		if(mx & traps[i].mx)
			r |= traps[i].bits;
	return r;
}

void
setfsr(ulong fsr)
{
	USED(fsr);
	setmx(getmx() & ~0x3f);		/* every flag, whatever fsr says, as the 387's fclex */
}

#else
static struct {
	int	fe;
	ulong	bits;
} traps[] = {
	FE_INVALID,	FPINVAL,
	FE_DIVBYZERO,	FPZDIV,
	FE_OVERFLOW,	FPOVFL,
	FE_UNDERFLOW,	FPUNFL,
	FE_INEXACT,	FPINEX,
};

static struct {
	int	fe;
	ulong	bits;
} rounds[] = {
	FE_TONEAREST,	FPRNR,
	FE_TOWARDZERO,	FPRZ,
	FE_UPWARD,	FPRPINF,
	FE_DOWNWARD,	FPRNINF,
};

static ulong
tobits(int fe)
{
	ulong b;
	int i;

	b = 0;
	for(i = 0; i < (int)nelem(traps); i++)
		if(fe & traps[i].fe)
			b |= traps[i].bits;
	return b;
}

ulong
getfcr(void)
{
	ulong r;
	int i, mode;

	r = FPPDBL | tobits(fegetexcept());
	mode = fegetround();
	for(i = 0; i < (int)nelem(rounds); i++)
		if(rounds[i].fe == mode)
			r |= rounds[i].bits;
	return r;
}

void
setfcr(ulong fcr)
{
	int i, on;

	on = 0;
	for(i = 0; i < (int)nelem(traps); i++)
		if((fcr & traps[i].bits) == traps[i].bits)
			on |= traps[i].fe;
	for(i = 0; i < (int)nelem(rounds); i++)
		if((fcr & FPRMASK) == rounds[i].bits)
			fesetround(rounds[i].fe);
	feclearexcept(FE_ALL_EXCEPT);
	fedisableexcept(FE_ALL_EXCEPT & ~on);
	feenableexcept(on);
}

ulong
getfsr(void)
{
	return tobits(fetestexcept(FE_ALL_EXCEPT));
}

void
setfsr(ulong fsr)
{
	USED(fsr);
	feclearexcept(FE_ALL_EXCEPT);
}
#endif
