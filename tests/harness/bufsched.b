implement P20;

include "sys.m";
	sys: Sys;
include "draw.m";

P20: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

producer(c: chan of int)
{
	for(i := 0; i < 5; i++){
		c <-= i;
		sys->print("sent %d\n", i);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[2] of int;
	spawn producer(c);
	for(i := 0; i < 5; i++){
		v := <-c;
		sys->print("got %d\n", v);
	}
	# unbuffered: sender that finds a waiting receiver keeps running
	u := chan of string;
	spawn talker(u);
	sys->print("recv %s\n", <-u);
	sys->print("recv %s\n", <-u);
}

talker(u: chan of string)
{
	u <-= "one";
	sys->print("talker after one\n");
	u <-= "two";
	sys->print("talker after two\n");
}
