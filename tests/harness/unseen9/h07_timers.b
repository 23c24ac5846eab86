implement Timers;

include "sys.m";
	sys: Sys;
include "draw.m";

Timers: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Event: adt {
	name:	string;
	delay:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	round1 := array[] of {
		Event("slow", 50),
		Event("fast", 10),
		Event("middle", 30),
	};
	round2 := array[] of {
		Event("late", 40),
		Event("early", 10),
	};
	runround(1, round1);
	runround(2, round2);

	# a timer prog that ticks, while main waits for a deadline
	tick := chan[10] of int;
	stop := chan of int;
	spawn ticker(tick, stop, 20);
	sys->sleep(110);
	stop <-= 1;
	n := 0;
	for(;;) alt {
	<-tick =>
		n++;
	* =>
		sys->print("ticker stopped; saw some ticks: %d\n", n >= 1);
		return;
	}
}

runround(r: int, evs: array of Event)
{
	sys->print("round %d starts\n", r);
	done := chan of string;
	for(i := 0; i < len evs; i++)
		spawn sleeper(evs[i], done);
	order := "";
	for(i = 0; i < len evs; i++)
		order += " " + <-done;
	sys->print("round %d order:%s\n", r, order);
}

sleeper(e: Event, done: chan of string)
{
	sys->sleep(e.delay);
	sys->print("  %s woke after %dms\n", e.name, e.delay);
	done <-= e.name;
}

ticker(tick: chan of int, stop: chan of int, period: int)
{
	for(;;){
		sys->sleep(period);
		alt {
		<-stop =>
			return;
		tick <-= 1 =>
			;
		* =>
			;
		}
	}
}
