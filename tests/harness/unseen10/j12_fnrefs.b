implement FnRefs;

include "sys.m";
	sys: Sys;
include "draw.m";

FnRefs: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Op: adt {
	name: string;
	f: ref fn(a, b: int): int;
};

Machine: adt {
	ops: array of Op;
	trace: ref fn(s: string);
	run: fn(m: self ref Machine, a, b: int);
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

say(s: string)
{
	sys->print("  trace: %s\n", s);
}

quiet(nil: string)
{
}

Machine.run(m: self ref Machine, a, b: int)
{
	for(i := 0; i < len m.ops; i++){
		op := m.ops[i];
		m.trace(op.name);
		sys->print("%s(%d, %d) = %d\n", op.name, a, b, op.f(a, b));
	}
}

apply(f: ref fn(a, b: int): int, l: list of int, start: int): int
{
	acc := start;
	for(; l != nil; l = tl l)
		acc = f(acc, hd l);
	return acc;
}

pick1(n: int): ref fn(a, b: int): int
{
	case n {
	0 => return add;
	1 => return sub;
	2 => return mul;
	}
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== function refs in an array ==\n");
	fa := array[] of {add, sub, mul, pow};
	for(i := 0; i < len fa; i++)
		sys->print("fa[%d](3, 4) = %d\n", i, fa[i](3, 4));
	sys->print("== function refs in adts ==\n");
	m := ref Machine(array[] of {Op("add", add), Op("pow", pow)}, say);
	m.run(2, 5);
	m.trace = quiet;
	m.ops[0].f = mul;
	m.ops[0].name = "mul";
	m.run(6, 7);
	sys->print("== passing and returning ==\n");
	nums := 1 :: 2 :: 3 :: 4 :: nil;
	sys->print("fold add = %d\n", apply(add, nums, 0));
	sys->print("fold mul = %d\n", apply(mul, nums, 1));
	sys->print("fold sub = %d\n", apply(sub, nums, 100));
	for(i = 0; i < 4; i++){
		g := pick1(i);
		if(g == nil)
			sys->print("pick1(%d) = nil\n", i);
		else
			sys->print("pick1(%d)(10, 3) = %d\n", i, g(10, 3));
	}
	sys->print("== equality ==\n");
	h := fa[1];
	h2 := h;
	sys->print("h2 == h %d, h == nil %d\n", h2 == h, h == nil);
	h2 = fa[2];
	sys->print("after reassign: h2 == h %d, h2(5, 5) = %d\n", h2 == h, h2(5, 5));
	sys->print("== list of function refs ==\n");
	fl := list of {pow, add};
	for(; fl != nil; fl = tl fl)
		sys->print("%d ", (hd fl)(2, 10));
	sys->print("\n");
}
