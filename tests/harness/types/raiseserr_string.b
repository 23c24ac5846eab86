implement RaisesErrString;

include "sys.m";
	sys: Sys;
include "draw.m";

RaisesErrString: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Bad: con "bad";

# a raises clause lists exceptions, not strings
f(s: string): string raises (Bad)
{
	if(s == nil)
		raise Bad;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f("x"));
}
