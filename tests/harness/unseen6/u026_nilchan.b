implement NilChan;

include "sys.m";
	sys: Sys;
include "draw.m";

NilChan: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

never: chan of int;

# a private channel nobody ever uses stands for a "disabled" arm
choose(on: int, c, idle: chan of int): chan of int
{
	if(on)
		return c;
	return idle;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("never is nil: %d\n", never == nil);
	data := chan[3] of int;
	data <-= 11;
	data <-= 22;
	idle := chan of int;
	for(round := 0; round < 4; round++){
		opt := choose(round % 2 == 1, data, idle);
		alt {
		v := <-opt =>
			sys->print("round %d: optional arm got %d\n", round, v);
		* =>
			sys->print("round %d: nothing ready\n", round);
		}
	}
	spare := chan[1] of int;
	spare <-= 5;
	{
		alt {
		v := <-never =>
			sys->print("nil arm got %d\n", v);
		* =>
			sys->print("nil arm ignored\n");
		}
	} exception e {
	"*" =>
		sys->print("alt with a nil channel arm: %s\n", e);
	}
	{
		never <-= 1;
		sys->print("send on nil returned\n");
	} exception e {
	"*" =>
		sys->print("send on nil channel: %s\n", e);
	}
	{
		v := <-never;
		sys->print("recv on nil returned %d\n", v);
	} exception e {
	"*" =>
		sys->print("receive on nil channel: %s\n", e);
	}
	arr := array[2] of chan of int;
	arr[1] = chan[1] of int;
	arr[1] <-= 44;
	{
		(i, v) := <-arr;
		sys->print("array with a nil element: index %d value %d\n", i, v);
	} exception e {
	"*" =>
		sys->print("array with a nil element raised: %s\n", e);
	}
	sys->print("spare still holds %d\n", <-spare);
}
