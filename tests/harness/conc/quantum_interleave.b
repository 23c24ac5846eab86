implement QuantumInterleave;
#deviation: emu preempts a prog after 2048 Dis instructions; the tree walker has no instruction count (docs/deviations.md)

# Compute-bound threads take turns by time slice: two or three threads
# each log a mark after every long stretch of work; the marks interleave.

include "sys.m";
	sys: Sys;
include "draw.m";

QuantumInterleave: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

log: list of string;

work(name: string, n, size: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		x := 0;
		for(j := 0; j < size; j++)
			x += j;
		log = name + string i :: log;
	}
	done <-= 1;
}

dump(title: string)
{
	s := "";
	for(; log != nil; log = tl log)
		s = hd log + " " + s;
	sys->print("%s:%s\n", title, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	spawn work("a", 4, 20000, done);
	spawn work("b", 4, 20000, done);
	<-done;
	<-done;
	dump("two");
	spawn work("a", 3, 20000, done);
	spawn work("b", 3, 20000, done);
	spawn work("c", 3, 20000, done);
	<-done;
	<-done;
	<-done;
	dump("three");
	# one short, one long: the short one finishes first
	spawn work("long", 2, 50000, done);
	spawn work("short", 2, 10, done);
	<-done;
	<-done;
	dump("long then short");
}
