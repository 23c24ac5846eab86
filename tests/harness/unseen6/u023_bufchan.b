implement BufChan;

include "sys.m";
	sys: Sys;
include "draw.m";

BufChan: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

trysend(c: chan of int, v: int): int
{
	alt {
	c <-= v =>
		return 1;
	* =>
		return 0;
	}
}

tryrecv(c: chan of int): (int, int)
{
	alt {
	v := <-c =>
		return (1, v);
	* =>
		return (0, 0);
	}
}

producer(c: chan of int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++)
		c <-= i * 100;
	done <-= n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[3] of int;
	for(i := 1; i <= 5; i++)
		sys->print("trysend %d -> %d\n", i, trysend(c, i));
	for(i = 0; i < 5; i++){
		(ok, v) := tryrecv(c);
		sys->print("tryrecv -> ok=%d v=%d\n", ok, v);
	}
	c <-= 7;
	c <-= 8;
	sys->print("fifo: %d", <-c);
	c <-= 9;
	sys->print(" %d", <-c);
	sys->print(" %d\n", <-c);

	done := chan of int;
	bc := chan[4] of int;
	spawn producer(bc, 10, done);
	sum := 0;
	for(i = 0; i < 6; i++)
		sum += <-bc;
	sys->print("drained 6 values, sum %d\n", sum);
	n := <-done;
	sys->print("producer sent %d, 4 still buffered\n", n);
	rest := 0;
	for(i = 0; i < 4; i++)
		rest += <-bc;
	sys->print("rest %d\n", rest);

	u := chan[0] of int;
	sys->print("chan[0] trysend without receiver -> %d\n", trysend(u, 1));

	sc := chan[2] of string;
	sc <-= "first";
	sc <-= "second";
	s1 := <-sc;
	s2 := <-sc;
	sys->print("strings: %s %s\n", s1, s2);
}
