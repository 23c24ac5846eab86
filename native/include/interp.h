/*
 * The interpreter interface a builtin module compiles against: heap values,
 * strings, arrays, lists, destroy, error, release/acquire, builtinmod.
 * A hosted stand-in for Inferno's include/interp.h, written for disbridge;
 * the names and meanings are Inferno's, the implementation is native/runtime.c.
 */
#ifndef DISBRIDGE_INTERP_H
#define DISBRIDGE_INTERP_H

typedef int		WORD;
typedef uchar		BYTE;
typedef double		REAL;
typedef vlong		LONG;

typedef struct Heap	Heap;
typedef struct Type	Type;
typedef struct String	String;
typedef struct Array	Array;
typedef struct List	List;
typedef struct Channel	Channel;
typedef struct Modlink	Modlink;

#define H		((void*)(-1))
#define H2D(t, x)	((t)(((uchar*)(x))+sizeof(Heap)))
#define D2H(x)		((Heap*)(((uchar*)(x))-sizeof(Heap)))

struct Heap
{
	int	color;
	ulong	ref;
	Type*	t;
	ulong	hprof;
};

/* a heap type: size of the data and which host words hold pointers */
struct Type
{
	int	ref;
	void	(*free)(Heap*, int);
	void	(*mark)(Type*, void*);
	int	size;
	int	np;
	void*	destroy;
	void*	initialize;
	char*	name;		/* for the heap audit */
	vlong	live;		/* objects of this type alive */
	vlong	bytes;		/* and their data bytes */
	Type*	link;		/* all types, for the audit */
	int	audited;
	uchar	map[64];	/* one bit per pointer-sized word, MSB first */
};

struct String
{
	int	len;		/* >= 0: ASCII bytes; < 0: -len runes */
	int	max;
	char*	tmp;
	union {
		char	ascii[8];
		Rune	runes[1];
	} data;
};
#define Sascii	data.ascii
#define Srune	data.runes

struct Array
{
	WORD	len;
	Type*	t;
	Array*	root;
	uchar*	data;
};

struct List
{
	List*	tail;
	Type*	t;
	WORD	data[1];
};

extern	Type	Tbyte;
extern	Type	Tword;
extern	Type	Tptr;
extern	Type	Treal;
extern	Type	Tlong;
extern	Type*	TString;
extern	Type*	TArray;
extern	Type*	TList;

extern	Heap*	heap(Type*);
extern	Heap*	heapz(Type*);
extern	Heap*	heaparray(Type*, int);
extern	void	freeheap(Heap*, int);
extern	Type*	dtype(void (*)(Heap*, int), int, uchar*, int);
extern	void	freetype(Type*);
extern	void	destroy(void*);
extern	String*	newstring(int);
extern	String*	newrunes(int);
extern	String*	c2string(char*, int);
extern	char*	string2c(String*);
extern	void	retstr(char*, String**);
extern	void	retnstr(char*, int, String**);
extern	Array*	mem2array(void*, int);
extern	List*	cons(ulong, List**);
extern	void	error(char*);
extern	void	errorf(char*, ...);
extern	void	release(void);
extern	void	acquire(void);
extern	void*	builtinmod(char*, void*, int);

#endif
