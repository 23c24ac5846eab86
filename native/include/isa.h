/*
 * Dis machine constants a builtin module may use.  Written for disbridge.
 */
#ifndef DISBRIDGE_ISA_H
#define DISBRIDGE_ISA_H

enum
{
	NREG		= 5,		/* link, frame, module, type, ret */
	IBY2WD		= 4,		/* bytes in a Dis word */
	IBY2FT		= 8,		/* bytes in a real */
	IBY2LG		= 8,		/* bytes in a big */
};

#endif
