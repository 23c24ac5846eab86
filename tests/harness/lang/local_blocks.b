implement LocalBlocks;

include "sys.m";
	sys: Sys;
include "draw.m";

LocalBlocks: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

x := "global";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("1 %s\n", x);
	x := 1;
	sys->print("2 %d\n", x);
	{
		x := 2.5;
		sys->print("3 %g\n", x);
		{
			x := "inner";
			sys->print("4 %s\n", x);
		}
		sys->print("5 %g\n", x);
	}
	sys->print("6 %d\n", x);
	for(i := 0; i < 2; i++){
		y := i * 10;
		x := "loop";
		sys->print("7 %d %s %d\n", i, x, y);
	}
	sys->print("8 %d i=%d\n", x, i);
	if(x == 1){
		z := "then";
		sys->print("9 %s\n", z);
	} else {
		z := 9;
		sys->print("9 %d\n", z);
	}
	# fresh declaration each time round: starts from its initializer
	for(i = 0; i < 3; i++){
		acc := 0;
		acc += i;
		sys->print("10 acc=%d\n", acc);
	}
	# declarations without initializer in a loop body (pointer types are nil each time)
	for(i = 0; i < 2; i++){
		s: string;
		l: list of int;
		sys->print("11 %q %d\n", s, l == nil);
		s = "set";
		l = i :: nil;
	}
	a, b: int;
	a = 3;
	b = 4;
	sys->print("12 %d %d\n", a, b);
	c, d: int = 7;
	sys->print("13 %d %d\n", c, d);
	(e, f) := (1, "f");
	{
		(e, f) := ("E", 2);
		sys->print("14 %s %d\n", e, f);
	}
	sys->print("15 %d %s\n", e, f);
	k: con 5;
	{
		k: con "five";
		sys->print("16 %s\n", k);
	}
	sys->print("17 %d\n", k);
	T: type (int, string);
	t: T = (3, "t");
	sys->print("18 %d %s\n", t.t0, t.t1);
	sys->print("19 %d\n", nested(3));
	g := fun;
	sys->print("20 %d\n", g(2));
}

fun(n: int): int
{
	return n * 100;
}

nested(n: int): int
{
	if(n > 0){
		n := n - 1;
		return n + nested(n);
	}
	return 0;
}
