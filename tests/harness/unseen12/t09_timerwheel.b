implement TimerWheel;

include "sys.m";
	sys: Sys;
include "draw.m";

TimerWheel: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

SLOTS: con 8;

Timer: adt {
	id:	int;
	name:	string;
	rounds:	int;
	period:	int;	# 0 = one-shot
	cancelled:	int;
	fired:	int;
	action:	ref fn(t: ref Timer, now: int);
};

Wheel: adt {
	slots:	array of list of ref Timer;
	cur:	int;
	now:	int;
	nextid:	int;

	add:	fn(w: self ref Wheel, name: string, delay, period: int, f: ref fn(t: ref Timer, now: int)): ref Timer;
	insert:	fn(w: self ref Wheel, t: ref Timer, delay: int);
	advance:	fn(w: self ref Wheel): int;
};

wheel: ref Wheel;

Wheel.add(w: self ref Wheel, name: string, delay, period: int, f: ref fn(t: ref Timer, now: int)): ref Timer
{
	t := ref Timer(w.nextid++, name, 0, period, 0, 0, f);
	w.insert(t, delay);
	return t;
}

Wheel.insert(w: self ref Wheel, t: ref Timer, delay: int)
{
	if(delay < 1)
		delay = 1;
	t.rounds = (delay-1)/SLOTS;
	s := (w.cur + delay) % SLOTS;
	# append so timers in one slot fire in the order they were set
	rev: list of ref Timer;
	for(l := w.slots[s]; l != nil; l = tl l)
		rev = hd l :: rev;
	l = t :: nil;
	for(; rev != nil; rev = tl rev)
		l = hd rev :: l;
	w.slots[s] = l;
}

Wheel.advance(w: self ref Wheel): int
{
	w.now++;
	w.cur = (w.cur + 1) % SLOTS;
	due := w.slots[w.cur];
	w.slots[w.cur] = nil;
	keep: list of ref Timer;
	nfired := 0;
	for(; due != nil; due = tl due){
		t := hd due;
		if(t.cancelled)
			continue;
		if(t.rounds > 0){
			t.rounds--;
			keep = t :: keep;
			continue;
		}
		t.fired++;
		nfired++;
		t.action(t, w.now);
		if(t.period > 0 && !t.cancelled)
			w.insert(t, t.period);
	}
	for(; keep != nil; keep = tl keep)
		w.slots[w.cur] = hd keep :: w.slots[w.cur];
	return nfired;
}

heartbeat: ref Timer;

say(t: ref Timer, now: int)
{
	sys->print("t=%2d  %-10s (timer %d, firing #%d)\n", now, t.name, t.id, t.fired);
}

stopper(t: ref Timer, now: int)
{
	say(t, now);
	sys->print("t=%2d  cancelling heartbeat after %d beats\n", now, heartbeat.fired);
	heartbeat.cancelled = 1;
}

spawner(t: ref Timer, now: int)
{
	say(t, now);
	wheel.add("child-of-" + string t.id, 3, 0, say);
}

ticker(ticks: chan of int)
{
	for(n := 1; ; n++){
		ticks <-= n;
		sys->sleep(0);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pid := sys->pctl(Sys->NEWPGRP, nil);
	wheel = ref Wheel(array[SLOTS] of list of ref Timer, 0, 0, 1);

	wheel.add("alpha", 3, 0, say);
	wheel.add("beta", 3, 0, say);
	wheel.add("far", 19, 0, say);
	heartbeat = wheel.add("heartbeat", 4, 4, say);
	wheel.add("stopper", 14, 0, stopper);
	gone := wheel.add("ghost", 5, 0, say);
	wheel.add("spawner", 6, 6, spawner);
	gone.cancelled = 1;

	ticks := chan of int;
	spawn ticker(ticks);
	total := 0;
	for(;;){
		n := <-ticks;
		if(n != wheel.now + 1)
			raise "fail:tick skipped";
		total += wheel.advance();
		if(n == 24)
			break;
	}
	sys->print("%d ticks, %d firings, heartbeat fired %d times\n", wheel.now, total, heartbeat.fired);
	fd := sys->open(sys->sprint("/prog/%d/ctl", pid), Sys->OWRITE);
	if(fd == nil || sys->fprint(fd, "killgrp") < 0)
		sys->print("killgrp failed: %r\n");
	else
		sys->print("ticker stopped by killgrp\n");
}
