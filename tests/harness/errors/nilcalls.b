implement NilCalls;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

NilCalls: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Ops: adt {
	f: ref fn(x: int): int;
};

double(x: int): int
{
	return 2*x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# a module handle never loaded
	{
		sys->print("math nil: %d\n", math == nil);
		r := math->sqrt(4.0);
		sys->print("sqrt %g\n", r);
	} exception e {
	"*" =>
		sys->print("nil module call: %s\n", e);
	}
	# module constants do not need the handle
	sys->print("Pi %g\n", Math->Pi);
	# a second Sys handle, nil
	s2: Sys;
	{
		s2->print("never\n");
	} exception e {
	"*" =>
		sys->print("nil Sys call: %s\n", e);
	}
	# a nil function reference
	f: ref fn(x: int): int;
	{
		sys->print("f nil: %d\n", f == nil);
		sys->print("f(3)=%d\n", f(3));
	} exception e {
	"*" =>
		sys->print("nil fn ref call: %s\n", e);
	}
	f = double;
	sys->print("f(3)=%d\n", f(3));
	# a nil function reference in an adt
	o := ref Ops(nil);
	{
		sys->print("o.f(4)=%d\n", o.f(4));
	} exception e {
	"*" =>
		sys->print("nil adt fn call: %s\n", e);
	}
	o.f = double;
	sys->print("o.f(4)=%d\n", o.f(4));
	# an array of function references
	fs := array[2] of ref fn(x: int): int;
	fs[0] = double;
	for(i := 0; i < 3; i++){
		{
			sys->print("fs[%d](5)=%d\n", i, fs[i](5));
		} exception e {
		"*" =>
			sys->print("fs[%d]: %s\n", i, e);
		}
	}
	# after loading, the call works
	math = load Math Math->PATH;
	sys->print("sqrt %g\n", math->sqrt(16.0));
	math = nil;
	{
		sys->print("floor %g\n", math->floor(2.5));
	} exception e {
	"*" =>
		sys->print("after nil: %s\n", e);
	}
	sys->print("done\n");
}
