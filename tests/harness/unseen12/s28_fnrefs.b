implement FnRefs;

include "sys.m";
	sys: Sys;
include "draw.m";

FnRefs: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Binop: type ref fn(a, b: int): int;

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
maxf(a, b: int): int { if(a > b) return a; return b; }
pow(a, b: int): int { return a ** b; }

Op: adt {
	sym: string;
	f: Binop;
	unit: int;
};

ops: array of Op;	# fn refs cannot go in a static initializer

fold(f: Binop, unit: int, a: array of int): int
{
	acc := unit;
	for(i := 0; i < len a; i++)
		acc = f(acc, a[i]);
	return acc;
}

lookup(sym: string): Binop
{
	for(i := 0; i < len ops; i++)
		if(ops[i].sym == sym)
			return ops[i].f;
	return nil;
}

# compose two unary functions stored in globals
Unary: type ref fn(x: int): int;
inner, outer: Unary;

dbl(x: int): int { return 2 * x; }
inc(x: int): int { return x + 1; }
sq(x: int): int { return x * x; }

composed(x: int): int
{
	return outer(inner(x));
}

apply(fs: list of Unary, x: int): int
{
	for(; fs != nil; fs = tl fs)
		x = (hd fs)(x);
	return x;
}

sortwith(a: array of string, less: ref fn(x, y: string): int)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && less(a[j], a[j-1]); j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
}

bylen(x, y: string): int
{
	if(len x != len y)
		return len x < len y;
	return x < y;
}

rev(x, y: string): int { return x > y; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	ops = array[] of {
		Op("+", add, 0),
		Op("-", sub, 0),
		Op("*", mul, 1),
		Op("max", maxf, -2147483647 - 1),
		Op("**", pow, 1),
	};
	data := array[] of {3, 1, 4, 1, 5};
	for(i := 0; i < len ops; i++)
		sys->print("fold %-3s = %d\n", ops[i].sym, fold(ops[i].f, ops[i].unit, data));
	sys->print("fold ** over {2,3} from 2 = %d\n", fold(pow, 2, array[] of {3, 2}));

	syms := array[] of {"*", "max", "/", "-"};
	for(i = 0; i < len syms; i++) {
		f := lookup(syms[i]);
		{
			sys->print("%s(12, 5) = %d\n", syms[i], f(12, 5));
		} exception e {
		"*" =>
			sys->print("%s(12, 5): %s (nil ref: %d)\n", syms[i], e, f == nil);
		}
	}

	# fn refs compare as references: copies of one are equal
	fa := lookup("+");
	fb := fa;
	sys->print("lookup(\"+\") == add: %d, == sub: %d, copy equal: %d\n",
		fa == add, fa == sub, fa == fb);

	inner = dbl;
	outer = inc;
	sys->print("inc(dbl(5)) = %d\n", composed(5));
	(inner, outer) = (outer, inner);
	sys->print("dbl(inc(5)) = %d\n", composed(5));

	chain: list of Unary = dbl :: sq :: inc :: dbl :: nil;
	sys->print("apply chain to 3 = %d\n", apply(chain, 3));
	sys->print("apply empty chain to 3 = %d\n", apply(nil, 3));

	words := array[] of {"pear", "fig", "banana", "kiwi", "apple", "date"};
	sortwith(words, bylen);
	sys->print("by length:");
	for(i = 0; i < len words; i++)
		sys->print(" %s", words[i]);
	sys->print("\n");
	sortwith(words, rev);
	sys->print("reverse:");
	for(i = 0; i < len words; i++)
		sys->print(" %s", words[i]);
	sys->print("\n");

	# a table of fn refs indexed by a computed value
	table := array[3] of Unary;
	table[0] = dbl;
	table[2] = sq;
	for(i = 0; i < 4; i++) {
		{
			sys->print("table[%d](7) = %d\n", i, table[i](7));
		} exception e {
		"*" =>
			sys->print("table[%d](7): %s\n", i, e);
		}
	}
}
