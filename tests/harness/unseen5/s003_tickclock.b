implement TickClock;

include "sys.m";
	sys: Sys;
include "draw.m";

TickClock: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Alarm: adt {
	at:	int;
	name:	string;
};

# a logical clock: time advances only when a tick message arrives
clock(tick: chan of int, set: chan of ref Alarm, fired: chan of string, stop: chan of int)
{
	now := 0;
	pending: list of ref Alarm;
	for(;;) alt {
	d := <-tick =>
		now += d;
		keep: list of ref Alarm;
		for(l := pending; l != nil; l = tl l){
			a := hd l;
			if(a.at <= now)
				fired <-= sys->sprint("t=%d alarm %s (due %d)", now, a.name, a.at);
			else
				keep = a :: keep;
		}
		pending = keep;
		fired <-= nil;
	a := <-set =>
		pending = a :: pending;
	<-stop =>
		stop <-= len pending;
		return;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tick := chan of int;
	set := chan of ref Alarm;
	fired := chan of string;
	stop := chan of int;
	spawn clock(tick, set, fired, stop);
	set <-= ref Alarm(5, "tea");
	set <-= ref Alarm(12, "meeting");
	set <-= ref Alarm(3, "call");
	set <-= ref Alarm(40, "never");
	steps := array[] of {2, 2, 2, 4, 3, 1};
	for(i := 0; i < len steps; i++){
		tick <-= steps[i];
		n := 0;
		while((s := <-fired) != nil){
			sys->print("%s\n", s);
			n++;
		}
		sys->print("step %d: +%d, %d fired\n", i, steps[i], n);
	}
	stop <-= 1;
	left := <-stop;
	sys->print("alarms left: %d\n", left);
}
