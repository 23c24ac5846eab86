implement BadRedecl;

include "sys.m";
	sys: Sys;
include "draw.m";

BadRedecl: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(i := 1; i <= 10; i++)
		total += i;
	sys->print("sum %d\n", total);
	# mistake: := declares total again in the same scope
	total := total * 2;
	sys->print("double %d\n", total);
}
