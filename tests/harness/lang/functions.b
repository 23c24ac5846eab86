implement Functions;

include "sys.m";
	sys: Sys;
include "draw.m";

Functions: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

fact(n: int): big
{
	if(n <= 1)
		return big 1;
	return big n * fact(n - 1);
}

fib(n: int): int
{
	if(n < 2)
		return n;
	return fib(n - 1) + fib(n - 2);
}

even(n: int): int
{
	if(n == 0)
		return 1;
	return odd(n - 1);
}

odd(n: int): int
{
	if(n == 0)
		return 0;
	return even(n - 1);
}

modify(n: int, s: string, a: array of int, l: list of int)
{
	n = 99;
	s[0] = 'X';
	a[0] = 99;
	l = nil;
}

apply(f: ref fn(x: int): int, v: int): int
{
	return f(v);
}

sq(x: int): int
{
	return x * x;
}

neg(x: int): int
{
	return -x;
}

multi(): (int, string, real)
{
	return (1, "m", 0.5);
}

noret(x: int)
{
	if(x > 0){
		sys->print("noret positive\n");
		return;
	}
	sys->print("noret other\n");
}

depth(n: int): int
{
	if(n == 0)
		return 0;
	return 1 + depth(n - 1);
}

classify(n: int): string
{
	if(n < 0)
		return "neg";
	else if(n == 0)
		return "zero";
	else if(n < 10)
		return "small";
	else
		return "large";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("fact %bd %bd %bd\n", fact(0), fact(20), fact(21));
	sys->print("fib %d\n", fib(20));
	sys->print("even %d %d\n", even(10), even(7));
	n := 1;
	s := "abc";
	a := array[] of {1, 2};
	l := 1 :: nil;
	modify(n, s, a, l);
	sys->print("after modify %d %s %d %d\n", n, s, a[0], len l);
	sys->print("apply %d %d\n", apply(sq, 7), apply(neg, 7));
	f := sq;
	sys->print("fn var %d\n", f(9));
	f = neg;
	sys->print("fn var reassigned %d\n", f(9));
	fs := array[] of {sq, neg};
	sys->print("fn array %d %d\n", fs[0](3), fs[1](3));
	(x, y, z) := multi();
	sys->print("multi %d %s %g\n", x, y, z);
	noret(1);
	noret(0);
	sys->print("depth %d\n", depth(5000));
	sys->print("%s %s %s %s\n", classify(-3), classify(0), classify(5), classify(50));
	if(n)
		if(n > 5)
			sys->print("big n\n");
		else
			sys->print("dangling else binds inner\n");
	sys->print("nested calls %d\n", sq(sq(neg(2))));
}
