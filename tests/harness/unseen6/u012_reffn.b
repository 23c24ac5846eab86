implement RefFn;

include "sys.m";
	sys: Sys;
include "draw.m";

RefFn: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
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

twice(f: ref fn(x: int): int, x: int): int
{
	return f(f(x));
}

inc(x: int): int { return x + 1; }
sq(x: int): int { return x * x; }

compose(n: int): ref fn(x: int): int
{
	if(n % 2 == 0)
		return inc;
	return sq;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := array[] of {
		Op("add", add),
		Op("sub", sub),
		Op("mul", mul),
		Op("max", maxf),
	};
	nums := 3 :: 1 :: 4 :: 1 :: 5 :: nil;
	for(i := 0; i < len ops; i++)
		sys->print("%s: op(7,3)=%d fold=%d\n", ops[i].name, ops[i].f(7, 3), fold(ops[i].f, 1, nums));
	g: ref fn(x: int): int;
	sys->print("g nil: %d\n", g == nil);
	g = sq;
	sys->print("twice sq 3 = %d\n", twice(g, 3));
	sys->print("twice inc 3 = %d\n", twice(inc, 3));
	for(n := 0; n < 4; n++){
		h := compose(n);
		sys->print("compose(%d)(5) = %d same-as-inc=%d\n", n, h(5), h == inc);
	}
	{
		g = nil;
		v := g(1);
		sys->print("not reached %d\n", v);
	} exception e {
	"*" =>
		sys->print("calling nil fn: %s\n", e);
	}
}
