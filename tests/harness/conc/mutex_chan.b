implement MutexChan;

# A chan[1] as a lock and a chan[N] as a counting semaphore; the holders
# log entry and exit in memory; the log shows no overlap beyond the limit.

include "sys.m";
	sys: Sys;
include "draw.m";

MutexChan: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

log: list of string;
inside := 0;
maxinside := 0;

note(s: string)
{
	log = s :: log;
}

dump(title: string)
{
	s := "";
	for(; log != nil; log = tl log)
		s = hd log + " " + s;
	sys->print("%s:%s\n", title, s);
}

user(id: int, sem: chan of int, step: chan of int, done: chan of int)
{
	sem <-= 1;		# acquire
	inside++;
	if(inside > maxinside)
		maxinside = inside;
	note("+" + string id);
	<-step;			# wait for main inside the critical region
	note("-" + string id);
	inside--;
	<-sem;			# release
	done <-= id;
}

run(title: string, slots, users: int)
{
	sem := chan[slots] of int;
	step := chan of int;
	done := chan of int;
	inside = maxinside = 0;
	for(i := 0; i < users; i++)
		spawn user(i, sem, step, done);
	for(i = 0; i < users; i++)
		step <-= 1;
	for(i = 0; i < users; i++)
		<-done;
	dump(title);
	sys->print("most inside at once: %d\n", maxinside);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	run("mutex", 1, 4);
	run("semaphore 2", 2, 5);
	run("semaphore 3", 3, 4);
}
