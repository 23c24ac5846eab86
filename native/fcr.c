/*
 * lib9's floating point control and status words, with Inferno's 386
 * bit layout (lib9.h), over the host's fenv: a module that masks traps
 * around library code with getfcr/setfcr writes the same lines for emu
 * and here.  A set trap bit enables that trap; setfsr clears the status.
 */
#define _GNU_SOURCE	/* feenableexcept */
#include <fenv.h>
#include "lib9.h"

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

	r = FPPDBL | tobits(fegetexcept());	/* doubles are 53 bits here, as emu sets the 387 */
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
	feclearexcept(FE_ALL_EXCEPT);	/* a pending flag must not trap when its trap is turned on */
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
	feclearexcept(FE_ALL_EXCEPT);	/* as the 387's fclex: every flag, whatever fsr says */
}
