implement Handshake;

include "sys.m";
	sys: Sys;
include "draw.m";

Handshake: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

ping(out: chan of int, in: chan of int, rounds: int, done: chan of string)
{
	total := 0;
	for(i := 0; i < rounds; i++){
		out <-= i;
		v := <-in;
		total += v;
	}
	out <-= -1;
	done <-= "ping total " + string total;
}

pong(in: chan of int, out: chan of int, done: chan of string)
{
	count := 0;
	for(;;){
		v := <-in;
		if(v < 0)
			break;
		count++;
		out <-= v * v;
	}
	done <-= "pong served " + string count;
}

stage(in: chan of string, out: chan of string, tag: string)
{
	for(;;){
		s := <-in;
		if(s == nil){
			out <-= nil;
			return;
		}
		out <-= s + tag;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of int;
	b := chan of int;
	pingdone := chan of string;
	pongdone := chan of string;
	spawn pong(a, b, pongdone);
	spawn ping(a, b, 10, pingdone);
	sys->print("%s\n", <-pingdone);
	sys->print("%s\n", <-pongdone);

	c0 := chan of string;
	c := c0;
	tags := array[] of {".a", ".b", ".c", ".d"};
	for(i := 0; i < len tags; i++){
		next := chan of string;
		spawn stage(c, next, tags[i]);
		c = next;
	}
	words := array[] of {"x", "yy", "zzz"};
	for(i = 0; i < len words; i++){
		c0 <-= words[i];
		sys->print("pipeline: %s\n", <-c);
	}
	c0 <-= nil;
	r := <-c;
	sys->print("pipeline closed: nil=%d\n", r == nil);

	sync := chan of int;
	spawn counter(sync);
	for(i = 0; i < 5; i++){
		sync <-= i;
		sys->print("main handed %d, got ack %d\n", i, <-sync);
	}
	sync <-= -1;
}

counter(c: chan of int)
{
	sum := 0;
	for(;;){
		v := <-c;
		if(v < 0)
			return;
		sum += v;
		c <-= sum;
	}
}
