implement TypeClash;

# REFUSED by limbo: int and big never mix implicitly; the sum below
# is rejected with
#   type clash in 'n' of type int + 'total' of type big

include "sys.m";
	sys: Sys;
include "draw.m";

TypeClash: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := big 0;
	for(n := 1; n <= 10; n++)
		total = n + total;
	sys->print("total=%bd\n", total);
}
