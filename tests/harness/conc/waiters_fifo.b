implement WaitersFifo;

# Several threads blocked on the same channel are served in the order they
# blocked: receivers waiting for senders, senders waiting for receivers,
# and senders waiting on a full buffered channel.

include "sys.m";
	sys: Sys;
include "draw.m";

WaitersFifo: module
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

getter(name: string, c: chan of int, done: chan of int)
{
	v := <-c;
	note(name + "=" + string v);
	done <-= 1;
}

putter(name: string, v: int, c: chan of int, done: chan of int)
{
	c <-= v;
	note(name + "!");
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	c := chan of int;
	names := array[] of {"a", "b", "c", "d", "e"};
	for(i := 0; i < len names; i++)
		spawn getter(names[i], c, done);
	# let them all block: done can only be sent after a value arrives
	for(i = 0; i < len names; i++)
		c <-= 10 * i;
	for(i = 0; i < len names; i++)
		<-done;
	dump("receivers");

	for(i = 0; i < len names; i++)
		spawn putter(names[i], i, c, done);
	s := "";
	for(i = 0; i < len names; i++)
		s += " " + string <-c;
	note("got" + s);
	for(i = 0; i < len names; i++)
		<-done;
	dump("senders");

	b := chan[2] of int;
	for(i = 0; i < len names; i++)
		spawn putter(names[i], i, b, done);
	# all five run: two fit in the buffer, three block
	note("main");
	s = "";
	for(i = 0; i < len names; i++){
		s += " " + string <-b;
	}
	note("got" + s);
	for(i = 0; i < len names; i++)
		<-done;
	dump("buffered senders");

	# receivers that blocked on an empty buffered channel
	for(i = 0; i < 3; i++)
		spawn getter(names[i], b, done);
	note("main");
	for(i = 0; i < 3; i++){
		b <-= 100 + i;
		note("put" + string i);
	}
	for(i = 0; i < 3; i++)
		<-done;
	dump("buffered receivers");
}
