implement BadLenChan;

# REFUSED BY THE COMPILER: the one mistake is `len q` on line 31.
# len applies only to arrays, strings and lists; a channel (even a
# buffered one) has no length in Limbo.

include "sys.m";
	sys: Sys;
include "draw.m";

BadLenChan: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

fill(q: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		q <-= i;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := chan[8] of int;
	fill(q, 5);
	s := "queue";
	a := array[3] of int;
	l := 1 :: 2 :: nil;
	sys->print("%d %d %d\n", len s, len a, len l);
	sys->print("queued %d\n", len q);
	for(i := 0; i < 5; i++)
		sys->print("%d\n", <-q);
}
