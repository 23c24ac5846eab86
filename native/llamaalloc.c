/*
 * llama.cpp's allocator under emu.
 *
 * emu defines malloc, free, calloc and realloc over its own pools (the
 * main pool is 32 MB) and has no aligned allocator, so ggml's blocks from
 * glibc's posix_memalign would be freed into emu's pools (alloc:D2B panic)
 * and a model's buffers would not fit anyway.  The port links llama.cpp,
 * ggml and the C++ runtime into one relocatable object with --wrap for
 * each name below: their calls land here and go to glibc's own allocator,
 * which frees what it allocated.  The module's Dis values still come from
 * emu's heap.  Host C, built -m32 by the port; never part of the bridge.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

extern	void*	__libc_malloc(size_t);
extern	void*	__libc_calloc(size_t, size_t);
extern	void*	__libc_realloc(void*, size_t);
extern	void*	__libc_memalign(size_t, size_t);
extern	void	__libc_free(void*);
extern	char*	__real_realpath(const char*, char*);
extern	char*	__real_getcwd(char*, size_t);

void*
__wrap_malloc(size_t n)
{
	return __libc_malloc(n);
}

void*
__wrap_calloc(size_t n, size_t m)
{
	return __libc_calloc(n, m);
}

void*
__wrap_realloc(void *p, size_t n)
{
	return __libc_realloc(p, n);
}

void
__wrap_free(void *p)
{
	__libc_free(p);
}

void*
__wrap_memalign(size_t align, size_t n)
{
	return __libc_memalign(align, n);
}

void*
__wrap_valloc(size_t n)
{
	return __libc_memalign(sysconf(_SC_PAGESIZE), n);
}

/* pvalloc: whole pages */
void*
__wrap_pvalloc(size_t n)
{
	size_t pg;

	pg = sysconf(_SC_PAGESIZE);
	return __libc_memalign(pg, (n + pg - 1) / pg * pg);
}

/* posix_memalign's contract: a power of two, a multiple of sizeof(void*) */
int
__wrap_posix_memalign(void **pp, size_t align, size_t n)
{
	void *p;

	if(align == 0 || (align & (align-1)) != 0 || align % sizeof(void*) != 0)
		return EINVAL;
	p = __libc_memalign(align, n);
	if(p == NULL)
		return ENOMEM;
	*pp = p;
	return 0;
}

void*
__wrap_aligned_alloc(size_t align, size_t n)
{
	if(align == 0 || (align & (align-1)) != 0){
		errno = EINVAL;
		return NULL;
	}
	return __libc_memalign(align, n);
}

/* glibc's strdup would take its block from emu's malloc, and llama.cpp frees it here */
char*
__wrap_strdup(const char *s)
{
	size_t n;
	char *p;

	n = strlen(s) + 1;
	p = __libc_malloc(n);
	if(p != NULL)
		memmove(p, s, n);
	return p;
}

char*
__wrap_strndup(const char *s, size_t max)
{
	size_t n;
	char *p;

	n = strnlen(s, max);
	p = __libc_malloc(n+1);
	if(p != NULL){
		memmove(p, s, n);
		p[n] = 0;
	}
	return p;
}

/*
 * The rest return blocks that glibc takes from malloc (emu's) and the
 * caller frees (here): with no buffer given, realpath and getcwd fill one
 * of ours; getdelim (ggml's getline) grows its line with our realloc.
 */
char*
__wrap_realpath(const char *path, char *res)
{
	char buf[PATH_MAX];

	if(res != NULL)
		return __real_realpath(path, res);
	if(__real_realpath(path, buf) == NULL)
		return NULL;
	return __wrap_strdup(buf);
}

char*
__wrap_getcwd(char *res, size_t n)
{
	char buf[PATH_MAX];
	size_t l;
	char *p;

	if(res != NULL)
		return __real_getcwd(res, n);
	if(__real_getcwd(buf, sizeof buf) == NULL)
		return NULL;
	l = strlen(buf) + 1;
	if(n == 0)
		n = l;
	else if(n < l){
		errno = ERANGE;
		return NULL;
	}
	p = __libc_malloc(n);
	if(p != NULL)
		memmove(p, buf, l);
	return p;
}

ssize_t
__wrap___getdelim(char **line, size_t *size, int delim, FILE *f)
{
	size_t n;
	char *p;
	int c;

	if(line == NULL || size == NULL){
		errno = EINVAL;
		return -1;
	}
	if(*line == NULL)
		*size = 0;
	n = 0;
	for(;;){
		c = getc(f);
		if(c == EOF)
			break;
		if(n+2 > *size){
			p = __libc_realloc(*line, *size < 64? 128: 2 * *size);
			if(p == NULL){
				errno = ENOMEM;
				return -1;
			}
			*line = p;
			*size = *size < 64? 128: 2 * *size;
		}
		(*line)[n++] = c;
		if(c == delim)
			break;
	}
	if(n == 0)
		return -1;
	(*line)[n] = 0;
	return n;
}
