implement AltNil;

# nil channels: plain send/receive, and alt arms naming a nil channel,
# with and without another ready arm and a default arm.

include "sys.m";
	sys: Sys;
include "draw.m";

AltNil: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nc: chan of int;
	b := chan[4] of int;
	b <-= 1;
	b <-= 2;
	b <-= 3;
	b <-= 4;

	{
		nc <-= 1;
		sys->print("send on nil: no exception\n");
	} exception e {
	"*" =>
		sys->print("send on nil: %s\n", e);
	}
	{
		x := <-nc;
		sys->print("recv on nil: %d\n", x);
	} exception e {
	"*" =>
		sys->print("recv on nil: %s\n", e);
	}
	{
		alt {
		x := <-nc =>
			sys->print("nil arm %d\n", x);
		y := <-b =>
			sys->print("b arm %d\n", y);
		}
	} exception e {
	"*" =>
		sys->print("alt nil recv + ready: %s\n", e);
	}
	{
		alt {
		x := <-nc =>
			sys->print("nil arm %d\n", x);
		* =>
			sys->print("default arm\n");
		}
	} exception e {
	"*" =>
		sys->print("alt nil recv + default: %s\n", e);
	}
	{
		alt {
		nc <-= 5 =>
			sys->print("nil send arm\n");
		y := <-b =>
			sys->print("b arm %d\n", y);
		}
	} exception e {
	"*" =>
		sys->print("alt nil send + ready: %s\n", e);
	}
	{
		a := array[3] of chan of int;
		a[1] = b;
		(i, v) := <-a;
		sys->print("array recv: %d %d\n", i, v);
	} exception e {
	"*" =>
		sys->print("array recv with nil: %s\n", e);
	}
	{
		a: array of chan of int;
		(i, v) := <-a;
		sys->print("nil array recv: %d %d\n", i, v);
	} exception e {
	"*" =>
		sys->print("nil array recv: %s\n", e);
	}
	sys->print("left in b: %d\n", <-b);
}
