implement TupleArity;

include "sys.m";
	sys: Sys;
include "draw.m";

TupleArity: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

divmod(a, b: int): (int, int, string)
{
	if(b == 0)
		return (0, 0, "divide by zero");
	return (a / b, a % b, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# mistake: the function returns three values, not two
	(q, r) := divmod(17, 5);
	sys->print("%d %d\n", q, r);
}
