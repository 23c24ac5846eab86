implement BufSched;

# Producer/consumer through buffered channels of several sizes: the order in
# which the two sides run, logged in memory and printed at the end.

include "sys.m";
	sys: Sys;
include "draw.m";

BufSched: module
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

producer(c: chan of int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		c <-= i;
		note("p"+string i);
	}
	note("pend");
	done <-= 1;
}

consumer(c: chan of int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		v := <-c;
		note("c"+string v);
	}
	note("cend");
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	for(k := 0; k <= 3; k++){
		c := chan[k] of int;
		spawn producer(c, 6, done);
		spawn consumer(c, 6, done);
		<-done;
		<-done;
		dump("P first, chan["+string k+"]");
		spawn consumer(c, 6, done);
		spawn producer(c, 6, done);
		<-done;
		<-done;
		dump("C first, chan["+string k+"]");
	}
	# main is the consumer
	c := chan[2] of int;
	spawn producer(c, 5, done);
	for(i := 0; i < 5; i++)
		note("m"+string <-c);
	<-done;
	dump("main consumes");
	spawn consumer(c, 5, done);
	for(i = 0; i < 5; i++){
		c <-= i;
		note("m"+string i);
	}
	<-done;
	dump("main produces");
}
