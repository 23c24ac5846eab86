implement Sleep0Yield;

# sys->sleep(0) and sys->sleep(n) let other ready threads run before the
# caller goes on; the threads here are short and only log in memory.

include "sys.m";
	sys: Sys;
include "draw.m";

Sleep0Yield: module
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

tiny(name: string, done: chan of int)
{
	note(name);
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	spawn tiny("a", done);
	spawn tiny("b", done);
	note("m0");
	sys->sleep(0);
	note("m1");
	<-done;
	<-done;
	dump("sleep 0");

	spawn tiny("a", done);
	spawn tiny("b", done);
	spawn tiny("c", done);
	note("m0");
	sys->sleep(50);
	note("m1");
	<-done;
	<-done;
	<-done;
	dump("sleep 50");

	# no thread ready: sleep(0) just returns
	note("m0");
	sys->sleep(0);
	note("m1");
	dump("alone");
}
