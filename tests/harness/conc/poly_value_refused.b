implement PolyValueRefused;

# A polymorphic function's type parameter must be a reference type:
# instantiating it with an adt value is refused by the compiler.

include "sys.m";
	sys: Sys;
include "draw.m";

PolyValueRefused: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Rec: adt {
	n:	int;
};

echo[T](in, out: chan of T)
{
	out <-= <-in;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	in := chan of Rec;
	out := chan of Rec;
	spawn echo(in, out);
	in <-= Rec(1);
	sys->print("%d\n", (<-out).n);
}
