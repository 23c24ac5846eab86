implement FnrefTable;

include "sys.m";
	sys: Sys;
include "draw.m";

FnrefTable: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Op: adt {
	name: string;
	arity: int;
	f: ref fn(a, b: int): int;
};

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
maxf(a, b: int): int { if(a > b) return a; return b; }
neg(a, nil: int): int { return -a; }
sq(a, nil: int): int { return a * a; }

iseven(x: int): int { return x % 2 == 0; }
big3(x: int): int { return x > 3; }

map(f: ref fn(a, b: int): int, l: list of int): list of int
{
	if(l == nil)
		return nil;
	return f(hd l, 0) :: map(f, tl l);
}

filter(p: ref fn(x: int): int, l: list of int): list of int
{
	if(l == nil)
		return nil;
	if(p(hd l))
		return hd l :: filter(p, tl l);
	return filter(p, tl l);
}

fold(f: ref fn(a, b: int): int, acc: int, l: list of int): int
{
	for(; l != nil; l = tl l)
		acc = f(acc, hd l);
	return acc;
}

compose(fs: list of ref fn(a, b: int): int, x: int): int
{
	for(; fs != nil; fs = tl fs)
		x = (hd fs)(x, 0);
	return x;
}

str(l: list of int): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += sys->sprint(" %d", hd l);
	return "[" + s + " ]";
}

findop(ops: array of Op, name: string): ref fn(a, b: int): int
{
	for(i := 0; i < len ops; i++)
		if(ops[i].name == name)
			return ops[i].f;
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := array[] of {
		Op("add", 2, add), Op("sub", 2, sub), Op("mul", 2, mul),
		Op("max", 2, maxf), Op("neg", 1, neg), Op("sq", 1, sq),
	};
	for(i := 0; i < len ops; i++){
		o := ops[i];
		if(o.arity == 2)
			sys->print("%s(7, 3) = %d\n", o.name, o.f(7, 3));
		else
			sys->print("%s(7) = %d\n", o.name, o.f(7, 0));
	}
	l := 1 :: 2 :: 3 :: 4 :: 5 :: 6 :: nil;
	sys->print("map sq %s\n", str(map(sq, l)));
	sys->print("map neg %s\n", str(map(neg, l)));
	sys->print("evens %s\n", str(filter(iseven, l)));
	sys->print("big %s\n", str(filter(big3, map(sq, l))));
	sys->print("sum %d product %d max %d\n", fold(add, 0, l), fold(mul, 1, l), fold(maxf, -100, l));
	sys->print("compose %d\n", compose(sq :: neg :: sq :: nil, 3));
	names := "mul" :: "pow" :: "sub" :: nil;
	for(; names != nil; names = tl names){
		f := findop(ops, hd names);
		if(f == nil)
			sys->fprint(sys->fildes(2), "no op %s\n", hd names);
		else
			sys->print("lookup %s: %d\n", hd names, f(12, 5));
	}
	g := ops[2].f;
	ops[2].f = add;
	sys->print("old ref still mul: %d, table now add: %d\n", g(6, 7), ops[2].f(6, 7));
}
