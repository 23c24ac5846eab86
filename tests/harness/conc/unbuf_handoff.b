implement UnbufHandoff;

# Unbuffered channels: who runs after a rendezvous. Events are logged in
# memory (no Sys call while other threads are ready) and printed at the end.

include "sys.m";
	sys: Sys;
include "draw.m";

UnbufHandoff: module
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
	sys->print("%s: %s\n", title, s);
}

sender(c: chan of int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		note("s"+string i);
		c <-= i;
		note("s"+string i+"ok");
	}
	done <-= 1;
}

receiver(c: chan of int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		note("r");
		v := <-c;
		note("r"+string v);
	}
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;

	# main receives from a spawned sender
	c := chan of int;
	spawn sender(c, 3, done);
	for(i := 0; i < 3; i++){
		note("m");
		v := <-c;
		note("m"+string v);
	}
	<-done;
	dump("main receives");

	# main sends to a spawned receiver
	spawn receiver(c, 3, done);
	for(i = 0; i < 3; i++){
		note("m"+string i);
		c <-= i;
		note("m"+string i+"ok");
	}
	<-done;
	dump("main sends");

	# two spawned threads talk; main only waits
	spawn receiver(c, 4, done);
	spawn sender(c, 4, done);
	<-done;
	<-done;
	dump("sender after receiver");

	spawn sender(c, 4, done);
	spawn receiver(c, 4, done);
	<-done;
	<-done;
	dump("receiver after sender");
}
