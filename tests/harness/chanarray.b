implement P11;

include "sys.m";
	sys: Sys;
include "draw.m";

P11: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[3] of chan of int;
	for(i := 0; i < 3; i++)
		cs[i] = chan[1] of int;
	cs[2] <-= 42;
	(idx, val) := <-cs;
	sys->print("array recv idx=%d val=%d\n", idx, val);
}
