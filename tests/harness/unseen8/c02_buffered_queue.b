implement BufferedQueue;

include "sys.m";
	sys: Sys;
include "draw.m";

BufferedQueue: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# a buffered channel accepts sends without a receiver until full
	q := chan[5] of string;
	words := array[] of {"alpha", "beta", "gamma", "delta", "epsilon"};
	for(i := 0; i < len words; i++) {
		q <-= words[i];
		sys->print("queued %s\n", words[i]);
	}

	# the queue is full now; a non-blocking send must fail
	alt {
	q <-= "zeta" =>
		sys->print("unexpected: zeta accepted\n");
	* =>
		sys->print("queue full, zeta rejected\n");
	}

	# drain in FIFO order
	for(i = 0; i < len words; i++)
		sys->print("dequeued %s\n", <-q);

	# now empty: non-blocking receive must fail
	alt {
	s := <-q =>
		sys->print("unexpected: %s\n", s);
	* =>
		sys->print("queue empty\n");
	}

	# a producer that outruns a slow consumer fills the buffer first
	nums := chan[3] of int;
	done := chan of int;
	spawn producer(nums, done, 8);
	sum := 0;
	for(;;) {
		n := <-nums;
		if(n < 0)
			break;
		sum += n;
		sys->print("got %d\n", n);
	}
	sent := <-done;
	sys->print("producer sent %d items, sum %d\n", sent, sum);
}

producer(c: chan of int, done: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		c <-= i * 10;
	c <-= -1;
	done <-= n;
}
