implement GlobalCall;

# REFUSED by limbo: a module-level variable's initializer must be a
# constant expression; calling a function there is rejected with
#   'squares's initializer, 'mksquares(5)', is not a constant expression

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalCall: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

limit := 5;
name := "squares";
squares := mksquares(5);

mksquares(n: int): array of int
{
	a := array[n] of int;
	for(i := 0; i < n; i++)
		a[i] = i * i;
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s:", name);
	for(i := 0; i < limit; i++)
		sys->print(" %d", squares[i]);
	sys->print("\n");
}
