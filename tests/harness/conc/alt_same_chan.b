implement AltSameChan;

# An alt that both sends and receives on one channel, unbuffered and
# buffered, is an error.

include "sys.m";
	sys: Sys;
include "draw.m";

AltSameChan: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	u := chan of int;
	{
		alt {
		u <-= 1 =>
			sys->print("sent on u\n");
		x := <-u =>
			sys->print("got %d on u\n", x);
		* =>
			sys->print("default on u\n");
		}
	} exception e {
	"*" =>
		sys->print("unbuffered: %s\n", e);
	}
	b := chan[1] of int;
	{
		alt {
		b <-= 2 =>
			sys->print("sent on b\n");
		x := <-b =>
			sys->print("got %d on b\n", x);
		}
		sys->print("b now holds %d\n", <-b);
	} exception e {
	"*" =>
		sys->print("buffered empty: %s\n", e);
	}
	b <-= 3;
	{
		alt {
		b <-= 4 =>
			sys->print("sent on b\n");
		x := <-b =>
			sys->print("got %d on b\n", x);
		}
	} exception e {
	"*" =>
		sys->print("buffered full: %s\n", e);
	}
	sys->print("b holds %d\n", <-b);
	# the error leaves the channels usable
	b <-= 1;
	spawn sender(u);
	alt {
	x := <-u =>
		sys->print("u then gives %d\n", x);
	b <-= 9 =>
		sys->print("b took 9\n");
	}
	sys->print("b holds %d\n", <-b);
}

sender(u: chan of int)
{
	u <-= 6;
}
