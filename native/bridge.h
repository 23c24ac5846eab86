/*
 * The shim's own entry points, used by disbridge's Python side; a module
 * never calls these (it uses interp.h only).
 */
enum
{
	ERRTEXT	= 1024,	/* a raised error's text as Python gets it; Limbo's is cut at ERRMAX */
};
int	bridge_call(void (*)(void*), void*, char*, int, vlong*, int*);
int	bridge_stackcall(void (*)(void*), void*, char*, int, vlong*, int*, int, int*);
int	bridge_lcall(void (*)(void*), void*, char*, int, vlong*, int*);
void	bridge_vmlock(void);
void	bridge_vmunlock(void);
int	bridge_audit(Type**, vlong*, vlong*, int);
void	bridge_nilptrs(Type*, uchar*);
void*	bridge_register(char*, void*, int);
vlong	bridge_live(void);
void	bridge_hazard(char*);		/* fmt.c: what works here but breaks emu */
int	bridge_takehazard(char*, int);
void	bridge_kwerrstr(char*);		/* the VM's: set and read the Dis error string */
void	bridge_kgerrstr(char*, uint);
int	bridge_copystr(String*, char*, int, String**);
void	bridge_cachearenas(void);	/* pyarena.c: host-side, for the harness interpreter */
