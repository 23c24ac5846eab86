implement ChanErrors;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanErrors: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

sender(c: chan of int, v: int)
{
	c <-= v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nc: chan of int;
	{
		nc <-= 1;
	} exception e {
	"*" =>
		sys->print("send nil: %s\n", e);
	}
	{
		x := <-nc;
		sys->print("recv %d\n", x);
	} exception e {
	"*" =>
		sys->print("recv nil: %s\n", e);
	}
	# alt with a nil channel and a ready one
	c := chan[1] of int;
	c <-= 7;
	{
		alt {
		x := <-nc =>
			sys->print("nil arm %d\n", x);
		y := <-c =>
			sys->print("ready arm %d\n", y);
		}
	} exception e {
	"*" =>
		sys->print("alt with nil: %s\n", e);
	}
	# alt with a nil send arm and a default
	{
		alt {
		nc <-= 3 =>
			sys->print("sent on nil\n");
		* =>
			sys->print("default taken\n");
		}
	} exception e {
	"*" =>
		sys->print("alt send nil: %s\n", e);
	}
	# array of channels with a nil entry
	cs := array[3] of chan of int;
	cs[2] = chan of int;
	spawn sender(cs[2], 9);
	{
		(i, v) := <-cs;
		sys->print("array recv: index %d value %d\n", i, v);
	} exception e {
	"*" =>
		sys->print("array recv: %s\n", e);
	}
	ncs: array of chan of int;
	{
		(i, v) := <-ncs;
		sys->print("nil array recv: %d %d\n", i, v);
	} exception e {
	"*" =>
		sys->print("nil array recv: %s\n", e);
	}
	# a buffered channel
	bc := chan[2] of string;
	bc <-= "a";
	bc <-= "b";
	sys->print("buffered %s %s\n", <-bc, <-bc);
	{
		n := -1;
		bad := chan[n] of int;
		sys->print("negative buffer made %d\n", bad == nil);
	} exception e {
	"*" =>
		sys->print("chan[-1]: %s\n", e);
	}
	sys->print("done\n");
}
