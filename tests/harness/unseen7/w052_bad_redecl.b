implement BadRedecl;

include "sys.m";
	sys: Sys;
include "draw.m";

BadRedecl: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := len argv;
	sys->print("%d args\n", n);
	# mistake: := used again for a variable already declared in this scope
	n := n + 1;
	sys->print("%d\n", n);
}
