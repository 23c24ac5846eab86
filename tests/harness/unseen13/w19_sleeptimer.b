#args: 30 3
implement SleepTimer;

include "sys.m";
	sys: Sys;
include "draw.m";

SleepTimer: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ticker(id, period, count: int, out: chan of (int, int))
{
	for(i := 0; i < count; i++){
		sys->sleep(period);
		out <-= (id, i);
	}
	out <-= (id, -1);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	period := 20;
	count := 2;
	argv = tl argv;
	if(argv != nil){
		period = int hd argv;
		argv = tl argv;
	}
	if(argv != nil)
		count = int hd argv;

	t0 := sys->millisec();
	r := sys->sleep(period);
	el := sys->millisec() - t0;
	sys->print("sleep(%d) returned %d, elapsed at least period: %d\n", period, r, el >= period - 1);

	sys->sleep(0);	# just yields; its result is not meaningful here
	sys->print("sleep(0) came back\n");

	# one ticker at a time, so events arrive in a fixed order
	out := chan of (int, int);
	for(id := 1; id <= 2; id++){
		spawn ticker(id, period/id, count, out);
		for(;;){
			(who, tick) := <-out;
			if(tick < 0){
				sys->print("ticker %d done\n", who);
				break;
			}
			sys->print("ticker %d tick %d\n", who, tick);
		}
	}
	total := sys->millisec() - t0;
	expect := period + count*period + count*(period/2);
	sys->print("total time covers the sleeps: %d\n", total >= expect - 3);
	sys->print("and is under a second: %d\n", total < 1000);

	# a timeout pattern: a sleeper races a value that is never sent
	never := chan of int;
	timeout := chan of int;
	spawn alarm(timeout, period);
	alt {
	<-never =>
		sys->print("impossible\n");
	<-timeout =>
		sys->print("timed out as expected\n");
	}
}

alarm(c: chan of int, ms: int)
{
	sys->sleep(ms);
	c <-= 1;
}
