/*
 * Host side, not Inferno: CPython 3.11 gives each block of its frame stack
 * back to the kernel as soon as recursion unwinds past it, so a Limbo
 * program whose call depth swings across such a boundary paid an mmap and
 * a munmap per call in the harness interpreter. Keeping a few freed blocks
 * for reuse removes that; anything beyond them is still unmapped.
 */
#include <Python.h>
#include <sys/mman.h>

enum
{
	Ncache	= 16
};

static struct
{
	void	*p;
	size_t	n;
} cache[Ncache];
static int ncache;

static void*
arenaalloc(void *ctx, size_t n)
{
	int i;
	void *p;

	for(i = 0; i < ncache; i++)
		if(cache[i].n == n){
			p = cache[i].p;
			cache[i] = cache[--ncache];
			return p;
		}
	p = mmap(NULL, n, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

static void
arenafree(void *ctx, void *p, size_t n)
{
	if(ncache < Ncache){
		cache[ncache].p = p;
		cache[ncache].n = n;
		ncache++;
		return;
	}
	munmap(p, n);
}

/* called with the GIL held; blocks from the default allocator are mmap'd too, so either may free them */
void
bridge_cachearenas(void)
{
	PyObjectArenaAllocator a;

	a.ctx = NULL;
	a.alloc = arenaalloc;
	a.free = arenafree;
	PyObject_SetArenaAllocator(&a);
}
