implement SpawnOrder;
#deviation: emu preempts a prog after 2048 Dis instructions; the tree walker has no instruction count (docs/deviations.md)

# Spawned threads queue in spawn order; the spawner runs on until it blocks.

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

log: list of string;

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

child(id: int, done: chan of int)
{
	note("c"+string id);
	done <-= id;
}

parent(id: int, kids: int, done: chan of int)
{
	note("p"+string id);
	sub := chan of int;
	for(i := 0; i < kids; i++)
		spawn child(id*10+i, sub);
	note("p"+string id+"spawned");
	for(i = 0; i < kids; i++)
		note("p"+string id+"<"+string <-sub);
	done <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	for(i := 0; i < 5; i++)
		spawn child(i, done);
	note("spawned");
	for(i = 0; i < 5; i++)
		note("<"+string <-done);
	dump("five");

	spawn parent(1, 3, done);
	spawn parent(2, 2, done);
	note("spawned");
	note("<"+string <-done);
	note("<"+string <-done);
	dump("nested");

	# the receive order is the order of the waiting senders
	for(i = 0; i < 4; i++)
		spawn child(i, done);
	x := 0;
	for(i = 0; i < 100000; i++)
		x += i;
	note("busy done");
	for(i = 0; i < 4; i++)
		note("<"+string <-done);
	dump("after busy");
}
