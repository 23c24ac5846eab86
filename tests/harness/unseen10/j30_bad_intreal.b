implement BadIntReal;

# REFUSED BY THE COMPILER: the one mistake is `total + ratio` on line 27,
# which adds an int to a real.  Limbo performs no implicit numeric
# conversion; it must be written `real total + ratio`.

include "sys.m";
	sys: Sys;
include "draw.m";

BadIntReal: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(i := 1; i <= 10; i++)
		total += i;
	ratio := 0.5;
	ok := real total * ratio;
	sys->print("ok %g\n", ok);
	b := big total + big 1;
	sys->print("b %bd\n", b);
	mixed := total + ratio;
	sys->print("mixed %g\n", mixed);
}
