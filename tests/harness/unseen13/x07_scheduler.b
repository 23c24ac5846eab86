implement Scheduler;

include "sys.m";
	sys: Sys;
include "draw.m";

Scheduler: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Task: adt {
	name:	string;
	prio:	int;
	work:	int;	# units of work left
	deps:	list of string;
	done:	int;
	finish:	int;
	ctl:	chan of int;
};

Event: adt {
	tick:	int;
	task:	string;
	msg:	string;
};

Sched: adt {
	tasks:	array of ref Task;
	clock:	int;
	log:	list of Event;
	quantum:	int;
	find:	fn(s: self ref Sched, name: string): ref Task;
	ready:	fn(s: self ref Sched, t: ref Task): int;
	pick1:	fn(s: self ref Sched): ref Task;
	run:	fn(s: self ref Sched, reply: chan of (string, int));
};

# each task runs as its own process; it only moves when the scheduler sends it a slice
worker(t: ref Task, reply: chan of (string, int))
{
	for(;;){
		slice := <-t.ctl;
		if(slice < 0) break;
		used := slice;
		if(used > t.work)
			used = t.work;
		t.work -= used;
		reply <-= (t.name, used);
	}
}

Sched.find(s: self ref Sched, name: string): ref Task
{
	for(i := 0; i < len s.tasks; i++)
		if(s.tasks[i].name == name) return s.tasks[i];
	return nil;
}

Sched.ready(s: self ref Sched, t: ref Task): int
{
	if(t.done) return 0;
	for(d := t.deps; d != nil; d = tl d){
		dt := s.find(hd d);
		if(dt == nil) raise "fail:unknown dependency " + hd d;
		if(!dt.done) return 0;
	}
	return 1;
}

Sched.pick1(s: self ref Sched): ref Task
{
	best: ref Task;
	for(i := 0; i < len s.tasks; i++){
		t := s.tasks[i];
		if(s.ready(t) && (best == nil || t.prio > best.prio))
			best = t;
	}
	return best;
}

Sched.run(s: self ref Sched, reply: chan of (string, int))
{
	for(;;){
		t := s.pick1();
		if(t == nil) break;
		t.ctl <-= s.quantum;
		(name, used) := <-reply;
		s.clock += used;
		s.log = Event(s.clock, name, sys->sprint("ran %d", used)) :: s.log;
		if(t.work == 0){
			t.done = 1;
			t.finish = s.clock;
			t.ctl <-= -1;
			s.log = Event(s.clock, name, "finished") :: s.log;
		}else
			t.prio--;	# aging: long jobs drift down
	}
}

mktask(name: string, prio, work: int, deps: string): ref Task
{
	(nil, dl) := sys->tokenize(deps, ",");
	return ref Task(name, prio, work, dl, 0, 0, chan of int);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Sched(nil, 0, nil, 3);
	s.tasks = array[] of {
		mktask("fetch", 5, 4, ""),
		mktask("parse", 4, 6, "fetch"),
		mktask("index", 6, 5, "parse"),
		mktask("thumbs", 3, 7, "fetch"),
		mktask("report", 9, 2, "index,thumbs"),
		mktask("cleanup", 1, 1, ""),
	};
	reply := chan of (string, int);
	for(i := 0; i < len s.tasks; i++)
		spawn worker(s.tasks[i], reply);
	s.run(reply);
	ev: list of Event;
	for(l := s.log; l != nil; l = tl l)
		ev = hd l :: ev;
	for(; ev != nil; ev = tl ev)
		sys->print("t=%3d %-8s %s\n", (hd ev).tick, (hd ev).task, (hd ev).msg);
	sys->print("\nsummary:\n");
	total := 0;
	for(i = 0; i < len s.tasks; i++){
		t := s.tasks[i];
		sys->print("  %-8s finish=%2d final prio=%d\n", t.name, t.finish, t.prio);
		total += t.finish;
	}
	sys->print("mean completion %.2f\n", real total / real len s.tasks);
	bad := ref Sched(array[] of {mktask("orphan", 1, 1, "ghost")}, 0, nil, 2);
	bad.run(reply);
}
