implement P40;
include "sys.m";
	sys: Sys;
include "draw.m";
P40: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Op: adt {
	name: string;
	f: ref fn(a, b: int): int;
};

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
maxf(a, b: int): int { if(a > b) return a; return b; }

fold(f: ref fn(a, b: int): int, init: int, l: list of int): int
{
	for(; l != nil; l = tl l)
		init = f(init, hd l);
	return init;
}

apply(fs: array of ref fn(x: int): int, x: int): int
{
	for(i := 0; i < len fs; i++)
		x = fs[i](x);
	return x;
}

inc(x: int): int { return x + 1; }
dbl(x: int): int { return x * 2; }
neg(x: int): int { return -x; }

pick1(which: int): ref fn(a, b: int): int
{
	case which {
	0 => return add;
	1 => return sub;
	* => return mul;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := array[] of {Op("add", add), Op("sub", sub), Op("mul", mul), Op("max", maxf)};
	for(i := 0; i < len ops; i++)
		sys->print("%s(7,3) = %d\n", ops[i].name, ops[i].f(7, 3));
	l := 1 :: 2 :: 3 :: 4 :: 5 :: nil;
	sys->print("sum %d prod %d max %d\n", fold(add, 0, l), fold(mul, 1, l), fold(maxf, -100, l));
	fs := array[] of {inc, dbl, dbl, neg, inc};
	sys->print("apply %d\n", apply(fs, 5));
	sys->print("apply rev %d\n", apply(array[] of {neg, inc, dbl}, 5));
	for(i = 0; i < 3; i++)
		sys->print("pick %d -> %d\n", i, pick1(i)(10, 4));
	f: ref fn(a, b: int): int;
	sys->print("nil fn %d\n", f == nil);
	f = sub;
	sys->print("eq %d %d\n", f == sub, f == add);
	{
		g: ref fn(x: int): int;
		sys->print("%d\n", g(1));
	} exception e {
	"*" => sys->print("nil call: %s\n", e);
	}
}
