implement Redeclare;

# REFUSED by limbo: ':=' may not declare a name twice in the same scope
# (shadowing is only allowed in an inner block); the second 'count :='
# is rejected with
#   redeclaration of local count, previously declared as a local on line N

include "sys.m";
	sys: Sys;
include "draw.m";

Redeclare: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	count := len args;
	{
		count := "inner is fine";
		sys->print("%s\n", count);
	}
	count := count + 1;
	sys->print("count=%d\n", count);
}
