implement RaisesClauses;

include "sys.m";
	sys: Sys;
include "draw.m";

RaisesClauses: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Range: exception(int);

Odd: exception(int, string);
Zero: exception;

check(n: int): int raises (Range)
{
	if(n > 10)
		raise Range(n);
	return n;
}

half(n: int): int raises (Odd, Zero)
{
	if(n == 0)
		raise Zero;
	if(n % 2)
		raise Odd(n, "odd");
	return n / 2;
}

# declared but never raised, and raised but not declared: both only warnings
quiet(n: int): int raises (Zero)
{
	if(n < 0)
		raise Odd(n, "neg");
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := -1; n <= 3; n++){
		{
			sys->print("half(%d) = %d\n", n, half(n));
		} exception e {
		Odd =>
			(v, s) := e;
			sys->print("half(%d): Odd %d %s\n", n, v, s);
		Zero =>
			sys->print("half(%d): Zero\n", n);
		}
	}
	{
		sys->print("check %d\n", check(5));
		sys->print("check %d\n", check(50));
	} exception e {
	Range =>
		v := e;
		sys->print("Range %d\n", v);
	}
	{
		sys->print("quiet %d\n", quiet(4));
		sys->print("quiet %d\n", quiet(-4));
	} exception e {
	Odd =>
		(v, s) := e;
		sys->print("quiet Odd %d %s\n", v, s);
	}
	f: ref fn(n: int): int raises (Odd, Zero);
	f = half;
	{
		f(7);
	} exception e {
	Odd =>
		(v, nil) := e;
		sys->print("via ref fn Odd %d\n", v);
	}
}
