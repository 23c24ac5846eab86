implement ExcWildDeclared;

# a * arm catches a declared exception wherever it was raised: in the same
# block, in a callee, two calls down; a named arm only where the type is known
include "sys.m";
	sys: Sys;
include "draw.m";

ExcWildDeclared: module { init: fn(nil: ref Draw->Context, nil: list of string); };

Bad: exception(int, string);
Plain: exception;

f(n: int) raises (Bad, Plain)
{
	if(n == 0)
		raise Plain;
	raise Bad(n, "f");
}

g(n: int) raises (Bad, Plain)
{
	f(n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise Bad(1, "here");
	}exception{
	Plain =>
		sys->print("wrong\n");
	* =>
		sys->print("same block: *\n");
	}
	{
		f(2);
	}exception{
	* =>
		sys->print("callee: * %r\n");
	}
	{
		g(3);
	}exception{
	* =>
		sys->print("two down: * %r\n");
	}
	{
		g(0);
	}exception e{
	Plain =>
		sys->print("two down: Plain\n");
	* =>
		sys->print("two down: * for Plain %r\n");
	}
	{
		g(4);
	}exception e{
	Bad =>
		(n, s) := e;
		sys->print("two down: Bad %d %s\n", n, s);
	* =>
		sys->print("two down: * for Bad %r\n");
	}
}
