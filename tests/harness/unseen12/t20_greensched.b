implement GreenSched;

include "sys.m";
	sys: Sys;
include "draw.m";

GreenSched: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# what a task tells the scheduler when it gives up the cpu
Yield: adt {
	pick {
	Again =>
		note:	string;
	Sleep =>
		ticks:	int;
	Fork =>
		child:	ref Task;
	Exit =>
		code:	int;
	}
};

Task: adt {
	id:	int;
	name:	string;
	resume:	chan of int;
	wake:	int;
	steps:	int;
};

back: chan of ref Yield;
nextid := 1;
onoff := array[] of {"off", "on"};

newtask(name: string, body: ref fn(t: ref Task)): ref Task
{
	t := ref Task(nextid++, name, chan of int, 0, 0);
	spawn body(t);
	return t;
}

# every task body begins by waiting to be scheduled, and each
# yield hands control back and waits again: only one runs at a time
yield(t: ref Task, y: ref Yield): int
{
	back <-= y;
	return <-t.resume;
}

counter(t: ref Task)
{
	now := <-t.resume;
	for(i := 1; i <= 3; i++)
		now = yield(t, ref Yield.Again(sys->sprint("count %d at %d", i, now)));
	back <-= ref Yield.Exit(0);	# no resume: the thread ends here
}

blinker(t: ref Task)
{
	now := <-t.resume;
	on := 0;
	for(i := 0; i < 4; i++){
		on = !on;
		now = yield(t, ref Yield.Again(sys->sprint("led %s at %d", onoff[on], now)));
		if(on)
			now = yield(t, ref Yield.Sleep(3));
	}
	back <-= ref Yield.Exit(4);	# no resume: the thread ends here
}

gcdtask(t: ref Task)
{
	<-t.resume;
	(a, b) := (1071, 462);
	while(b != 0){
		(a, b) = (b, a % b);
		yield(t, ref Yield.Again(sys->sprint("gcd step (%d, %d)", a, b)));
	}
	back <-= ref Yield.Exit(a);	# no resume: the thread ends here
}

forker(t: ref Task)
{
	<-t.resume;
	yield(t, ref Yield.Fork(newtask("gcd", gcdtask)));
	yield(t, ref Yield.Sleep(2));
	yield(t, ref Yield.Fork(newtask("counter2", counter)));
	back <-= ref Yield.Exit(7);	# no resume: the thread ends here
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	back = chan of ref Yield;
	runq: list of ref Task;
	runq = append(runq, newtask("counter", counter));
	runq = append(runq, newtask("blinker", blinker));
	runq = append(runq, newtask("forker", forker));
	sleeping: list of ref Task;
	clock := 0;
	switches := 0;
	while(runq != nil || sleeping != nil){
		clock++;
		# wake sleepers whose time has come, in id order of the list
		still: list of ref Task;
		for(; sleeping != nil; sleeping = tl sleeping){
			s := hd sleeping;
			if(s.wake <= clock)
				runq = append(runq, s);
			else
				still = append(still, s);
		}
		sleeping = still;
		if(runq == nil){
			sys->print("%3d  (idle)\n", clock);
			continue;
		}
		t := hd runq;
		runq = tl runq;
		t.resume <-= clock;
		t.steps++;
		switches++;
		pick y := <-back {
		Again =>
			sys->print("%3d  %-9s %s\n", clock, t.name, y.note);
			runq = append(runq, t);
		Sleep =>
			sys->print("%3d  %-9s sleeps %d\n", clock, t.name, y.ticks);
			t.wake = clock + y.ticks;
			sleeping = append(sleeping, t);
		Fork =>
			sys->print("%3d  %-9s forks %s (task %d)\n", clock, t.name, y.child.name, y.child.id);
			runq = append(append(runq, y.child), t);
		Exit =>
			sys->print("%3d  %-9s exits %d after %d steps\n", clock, t.name, y.code, t.steps);
		}
	}
	sys->print("all %d tasks done: %d context switches in %d ticks\n", nextid-1, switches, clock);
}

append(l: list of ref Task, t: ref Task): list of ref Task
{
	if(l == nil)
		return t :: nil;
	return hd l :: append(tl l, t);
}
