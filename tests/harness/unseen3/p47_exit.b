implement P47;
include "sys.m";
	sys: Sys;
include "draw.m";
P47: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

worker(c: chan of int)
{
	c <-= 1;
	exit;
}

helper(n: int): int
{
	if(n > 2){
		sys->print("helper exiting at %d\n", n);
		exit;
	}
	return n * 2;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn worker(c);
	sys->print("worker said %d\n", <-c);
	for(i := 0; i < 10; i++)
		sys->print("helper %d\n", helper(i));
	sys->print("unreachable\n");
}
