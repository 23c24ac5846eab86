implement TimerTimeout;

# Timeouts built from a timer thread and alt: a fast reply beats a slow
# timer, a slow reply loses to a fast timer. Timers send on buffered
# channels so that they never block after the race is decided.

include "sys.m";
	sys: Sys;
include "draw.m";

TimerTimeout: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

timer(ms: int, c: chan of int)
{
	sys->sleep(ms);
	c <-= ms;
}

slowreply(ms: int, v: string, c: chan of string)
{
	sys->sleep(ms);
	c <-= v;
}

ask(replyms, timeoutms: int): string
{
	reply := chan[1] of string;
	t := chan[1] of int;
	spawn slowreply(replyms, "answer after " + string replyms, reply);
	spawn timer(timeoutms, t);
	alt {
	s := <-reply =>
		return s;
	ms := <-t =>
		return "timed out after " + string ms;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", ask(0, 300));
	sys->print("%s\n", ask(300, 0));
	sys->print("%s\n", ask(50, 400));
	sys->print("%s\n", ask(400, 50));
	# let the losers finish before the program ends
	sys->sleep(500);
	sys->print("done\n");
}
