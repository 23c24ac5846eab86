/*
 * The shim's own entry points, used by disbridge's Python side; a module
 * never calls these (it uses interp.h only).
 */
int	bridge_call(void (*)(void*), void*, char*, int, vlong*, int*);
int	bridge_lcall(void (*)(void*), void*, char*, int, vlong*, int*);
void	bridge_vmlock(void);
void	bridge_vmunlock(void);
int	bridge_audit(Type**, vlong*, vlong*, int);
void	bridge_nilptrs(Type*, uchar*);
void*	bridge_register(char*, void*, int);
vlong	bridge_live(void);
char*	bridge_errstr(void);
int	bridge_copystr(String*, char*, int, String**);
void	bridge_cachearenas(void);	/* pyarena.c: host-side, for the harness interpreter */
