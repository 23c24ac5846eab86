implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: spawn of a function that returns nothing, results passed back on a channel
sq(n: int, out: chan of int)
{
	out <-= n*n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of int;
	for(i := 1; i <= 3; i++){
		spawn sq(i, out);
		sys->print("got %d\n", <-out);
	}
	f := sq;
	spawn f(5, out);
	sys->print("got %d\n", <-out);
}
