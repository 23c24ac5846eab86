/*
 * The interpreter's exception texts, as libinterp names them.  A module
 * raises one with error(exName); the texts are in native/runtime.c.
 */
#ifndef DISBRIDGE_RAISE_H
#define DISBRIDGE_RAISE_H

extern	char	exAlt[];	/* one alt both sends and receives on a channel */
extern	char	exBusy[];	/* a channel already in another alt */
extern	char	exModule[];	/* call through a module that is not loaded */
extern	char	exCompile[];	/* JIT failed */
extern	char	exCrange[];	/* JIT constant out of range */
extern	char	exCctovflw[];	/* JIT constant table full */
extern	char	exCphase[];	/* JIT phase error */
extern	char	exType[];	/* a type descriptor that does not hold */
extern	char	exZdiv[];	/* division by zero */
extern	char	exHeap[];	/* the heap pool is exhausted */
extern	char	exImage[];	/* the image pool is exhausted */
extern	char	exItype[];	/* types disagree */
extern	char	exMathia[];	/* a math argument out of the function's domain */
extern	char	exBounds[];	/* index out of range */
extern	char	exNegsize[];	/* array of negative size */
extern	char	exNomem[];	/* the main pool is exhausted */
extern	char	exSpawn[];	/* spawn of a builtin function */
extern	char	exOp[];		/* opcode not known */
extern	char	exTcheck[];	/* link typecheck */
extern	char	exInval[];	/* a bad argument */
extern	char	exNilref[];	/* use of nil */
extern	char	exRange[];	/* a value out of its range */
extern	char	exLoadedmod[];	/* the module must be loaded anew */

#endif
