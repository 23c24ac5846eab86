implement ExcTypes;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcTypes: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Plain: exception;
Info: exception(int, string);
Multi: exception(string, real, big, list of int);

P: adt {
	x, y: int;
};
Pos: exception(ref P, int);

thrower(k: int)
{
	case k {
	0 => raise Plain;
	1 => raise Info(k * 100, "hundred");
	2 => raise Info(k, "two");
	3 => raise Multi("m", 2.5, big 1 << 40, 1 :: 2 :: 3 :: nil);
	4 => raise Pos(ref P(3, 4), 5);
	5 => raise "a string";
	}
}

catchall(k: int)
{
	{
		thrower(k);
	} exception e {
	Plain =>
		sys->print("%d: Plain\n", k);
	Info =>
		(n, s) := e;
		sys->print("%d: Info %d %s\n", k, n, s);
	Multi =>
		(s, r, b, l) := e;
		sys->print("%d: Multi %s %g %bd %d\n", k, s, r, b, len l);
	Pos =>
		(p, z) := e;
		sys->print("%d: Pos %d,%d,%d\n", k, p.x, p.y, z);
	"*" =>
		sys->print("%d: string %s\n", k, e);
	}
}

# a typed exception caught higher up, passing a handler that does not name it
passthrough(k: int)
{
	{
		{
			thrower(k);
		} exception e {
		Plain =>
			sys->print("%d: inner Plain\n", k);
		}
	} exception e {
	Info =>
		sys->print("%d: outer Info\n", k);
	Plain or Multi or Pos =>
		sys->print("%d: outer others\n", k);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k <= 5; k++)
		catchall(k);
	for(k = 0; k <= 4; k++)
		passthrough(k);
	# re-raise of a typed exception
	{
		{
			raise Info(7, "seven");
		} exception e {
		Info =>
			(n, nil) := e;
			sys->print("inner Info %d, re-raise\n", n);
			raise;
		}
	} exception e {
	Info =>
		(n, s) := e;
		sys->print("outer Info %d %s\n", n, s);
	}
	sys->print("done\n");
}
