/*
 * The part of emu's kernel interface a builtin module uses: the error
 * string of the calling Dis process.  lib9's werrstr/rerrstr are not it:
 * on emu they use one host-wide buffer that Limbo never sees.
 */
#ifndef DISBRIDGE_KERNEL_H
#define DISBRIDGE_KERNEL_H

extern	void	kwerrstr(char*, ...);	/* set it (what %r prints in Limbo) */
extern	void	kgerrstr(char*, uint);	/* read it */
extern	void	kerrstr(char*, uint);	/* swap it with buf */

#endif
