#args: 5
implement BufCap;

include "sys.m";
	sys: Sys;
include "draw.m";

BufCap: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# try to push v without blocking
trysend(c: chan of string, v: string): int
{
	alt{
	c <-= v =>
		return 1;
	* =>
		return 0;
	}
}

tryrecv(c: chan of string): (int, string)
{
	alt{
	v := <-c =>
		return (1, v);
	* =>
		return (0, nil);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	cap := 3;
	if(len argv > 1)
		cap = int hd tl argv;
	q := chan[cap] of string;

	# fill until the buffer refuses
	accepted := 0;
	for(i := 0; i < cap + 3; i++){
		item := sys->sprint("item%d", i);
		if(trysend(q, item))
			accepted++;
		else
			sys->print("send %s: would block\n", item);
	}
	sys->print("capacity %d, accepted %d\n", cap, accepted);

	# drain two, then the buffer has room again
	for(i = 0; i < 2; i++){
		(ok, v) := tryrecv(q);
		sys->print("recv ok=%d %s\n", ok, v);
	}
	sys->print("refill: %d %d %d\n", trysend(q, "extra0"), trysend(q, "extra1"), trysend(q, "extra2"));

	# drain everything: FIFO order must hold
	order := "";
	for(;;){
		(ok, v) := tryrecv(q);
		if(!ok)
			break;
		order += " " + v;
	}
	sys->print("drained:%s\n", order);

	# unbuffered channel: no receiver means a send would block
	u := chan of string;
	sys->print("unbuffered trysend: %d\n", trysend(u, "x"));

	# with a receiver parked on it the same send succeeds
	got := chan of string;
	spawn receiver(u, got);
	sys->sleep(1);	# let it reach the receive; the result below does not depend on it
	sent := 0;
	for(tries := 0; !sent; tries++)
		if(trysend(u, "hello"))
			sent = 1;
		else
			sys->sleep(1);
	sys->print("receiver got %s\n", <-got);

	# a buffered channel decouples a fast producer from a slow consumer
	b := chan[cap] of string;
	fin := chan of int;
	spawn slowconsumer(b, fin);
	for(i = 0; i < 8; i++)
		b <-= sys->sprint("m%d", i);
	b <-= nil;
	sys->print("consumer saw %d messages\n", <-fin);
}

receiver(c: chan of string, out: chan of string)
{
	out <-= <-c;
}

slowconsumer(c: chan of string, fin: chan of int)
{
	n := 0;
	while((s := <-c) != nil){
		if(s != sys->sprint("m%d", n))
			sys->print("out of order: %s\n", s);
		n++;
		sys->sleep(2);
	}
	fin <-= n;
}
