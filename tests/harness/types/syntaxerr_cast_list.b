implement SyntaxErrCastList;

include "sys.m";
	sys: Sys;
include "draw.m";

SyntaxErrCastList: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# a parenthesised type is not a cast in Limbo
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := (list of string) nil;
	sys->print("%d\n", l == nil);
}
