implement FnRef;

include "sys.m";
	sys: Sys;
include "draw.m";

FnRef: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Op: adt {
	name: string;
	f: ref fn(a, b: int): int;
};

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
pow(a, b: int): int
{
	r := 1;
	while(b-- > 0)
		r *= a;
	return r;
}

calls := 0;

traced(a, b: int): int
{
	calls++;
	sys->print("  traced(%d,%d)\n", a, b);
	return a * 10 + b;
}

fold(l: list of int, init: int, f: ref fn(a, b: int): int): int
{
	acc := init;
	for(; l != nil; l = tl l)
		acc = f(acc, hd l);
	return acc;
}

choose(name: string): ref fn(a, b: int): int
{
	case name {
	"+" => return add;
	"-" => return sub;
	"*" => return mul;
	"^" => return pow;
	}
	return nil;
}

compose(f, g: ref fn(a, b: int): int, x, y, z: int): int
{
	return f(g(x, y), z);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	ops := array[] of {
		Op("add", add),
		Op("sub", sub),
		Op("mul", mul),
		Op("pow", pow),
	};
	for(i := 0; i < len ops; i++)
		sys->print("%s(3,4)=%d\n", ops[i].name, ops[i].f(3, 4));

	l := 1 :: 2 :: 3 :: 4 :: 5 :: nil;
	sys->print("sum=%d product=%d diff=%d\n", fold(l, 0, add), fold(l, 1, mul), fold(l, 100, sub));
	sys->print("tracing fold:\n");
	r := fold(l, 0, traced);
	sys->print("traced result=%d calls=%d\n", r, calls);

	for(s := "+" :: "-" :: "*" :: "^" :: "%" :: nil; s != nil; s = tl s) {
		f := choose(hd s);
		if(f == nil)
			sys->print("op %s: none\n", hd s);
		else
			sys->print("op %s: 2 %s 5 = %d\n", hd s, hd s, f(2, 5));
	}
	sys->print("compose=%d\n", compose(sub, pow, 2, 10, 24));

	g := add;
	h := g;
	sys->print("same fn ref: %d\n", g == h);
	g = mul;
	sys->print("after reassign: g=%d h=%d\n", g(6, 7), h(6, 7));

	table := array[3] of ref fn(a, b: int): int;
	table[0] = add;
	table[2] = traced;
	for(i = 0; i < len table; i++) {
		if(table[i] != nil)
			sys->print("table[%d]=%d\n", i, table[i](i, i + 1));
		else
			sys->print("table[%d]=nil\n", i);
	}
}
