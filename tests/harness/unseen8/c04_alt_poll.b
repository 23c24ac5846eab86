implement AltPoll;

include "sys.m";
	sys: Sys;
include "draw.m";

AltPoll: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := chan[4] of int;
	b := chan[4] of int;
	a <-= 1;
	a <-= 2;
	b <-= 100;

	# poll b first by draining it with a non-blocking alt, then a
	polls := 0;
	for(;;) {
		polls++;
		alt {
		v := <-b =>
			sys->print("b gave %d\n", v);
			continue;
		* =>
			;
		}
		alt {
		v := <-a =>
			sys->print("a gave %d\n", v);
		* =>
			sys->print("nothing ready after %d polls\n", polls);
			return2(a, b);
			return;
		}
	}
}

# using a nil channel in alt is a runtime error
return2(a, b: chan of int)
{
	nc: chan of int;
	{
		alt {
		<-nc =>
			sys->print("impossible\n");
		* =>
			sys->print("nil channel ignored\n");
		}
	} exception e {
	"*" =>
		sys->print("alt on nil channel: %s\n", e);
	}

	# try to send into a until it fills, counting successes
	ok := 0;
	for(i := 0; i < 10; i++) {
		alt {
		a <-= i =>
			ok++;
		* =>
			sys->print("send %d would block\n", i);
			i = 10;
		}
	}
	sys->print("buffered %d values\n", ok);
	s := 0;
	for(i = 0; i < ok; i++)
		s += <-a;
	sys->print("drained sum %d\n", s);

	# sending and receiving on one channel in the same alt is refused
	{
		alt {
		v := <-b =>
			sys->print("recv %d\n", v);
		b <-= 77 =>
			sys->print("sent 77 into b\n");
		}
	} exception e {
	"alt*" =>
		sys->print("refused: %s\n", e);
	}

	# with distinct channels, only the send arm can proceed
	c := chan[1] of int;
	alt {
	v := <-b =>
		sys->print("recv %d\n", v);
	c <-= 77 =>
		sys->print("sent 77 into c\n");
	}
	sys->print("c now holds %d\n", <-c);
}
