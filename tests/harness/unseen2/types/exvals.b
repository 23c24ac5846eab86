# exercises exceptions declared with values (exception types with tuples), raise and catch
implement Exvals;
include "sys.m";
include "draw.m";
sys: Sys;
Exvals: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Bad: exception(int, string);
Simple: exception;
f(n: int): int raises (Bad, Simple)
{
	if(n < 0) raise Bad(n, "negative");
	if(n == 0) raise Simple;
	if(n > 100) raise "fail:toobig";
	return n * 2;
}
try(n: int)
{
	{
		sys->print("f(%d)=%d\n", n, f(n));
	} exception e {
	Bad =>
		(code, msg) := e;
		sys->print("Bad %d %s\n", code, msg);
	Simple =>
		sys->print("Simple\n");
	"fail:*" =>
		sys->print("string %s\n", e);
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try(5); try(-3); try(0); try(500);
	{
		raise Bad(1, "x");
	} exception {
	Simple => sys->print("wrong\n");
	* => sys->print("wildcard\n");
	}
	{
		try(-9);
		raise Simple;
	} exception x {
	Simple => sys->print("outer simple\n");
	}
}
