implement SleepOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

SleepOrder: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# "sleep sort": each prog waits in proportion to its value,
# then appends to a shared log channel
sleepy(v: int, log: chan of int)
{
	sys->sleep(v * 60);
	log <-= v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {5, 1, 4, 2, 3, 0};
	log := chan of int;
	for(i := 0; i < len vals; i++)
		spawn sleepy(vals[i], log);
	s := "";
	for(i = 0; i < len vals; i++)
		s += sys->sprint(" %d", <-log);
	sys->print("sleep-sorted:%s\n", s);

	# timed handshake: a helper prints between main's lines
	step := chan of int;
	spawn helper(step);
	sys->print("main: one\n");
	step <-= 1;
	sys->sleep(50);
	sys->print("main: three\n");
	step <-= 2;
	<-step;
	sys->print("main: five\n");

	# a timeout built from sleep and alt
	reply := chan of string;
	spawn slowanswer(reply, 200);
	timer := chan of int;
	spawn timeout(timer, 50);
	alt {
	r := <-reply =>
		sys->print("answer %s\n", r);
	<-timer =>
		sys->print("timed out waiting for slow answer\n");
	}
	sys->print("eventually: %s\n", <-reply);
	r := sys->sleep(0);
	sys->print("sleep(0) returned %d\n", r);
}

helper(step: chan of int)
{
	<-step;
	sys->print("helper: two\n");
	<-step;
	sys->print("helper: four\n");
	step <-= 0;
}

slowanswer(c: chan of string, ms: int)
{
	sys->sleep(ms);
	c <-= "forty-two";
}

timeout(c: chan of int, ms: int)
{
	sys->sleep(ms);
	c <-= 1;
}
