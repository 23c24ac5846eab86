implement ChanTuples;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanTuples: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

producer(c: chan of (int, string), done: chan of int)
{
	words := array[] of {"zero", "one", "two", "three"};
	for(i := 0; i < len words; i++)
		c <-= (i, words[i]);
	c <-= (-1, nil);
	done <-= len words;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# buffered channel: sends do not block until it is full
	b := chan[3] of int;
	b <-= 10;
	b <-= 20;
	b <-= 30;
	# non-blocking receive with alt and a default arm
	for(k := 0; k < 4; k++){
		alt {
		v := <-b =>
			sys->print("got %d\n", v);
		* =>
			sys->print("channel empty\n");
		}
	}
	# non-blocking send on a full buffered channel
	one := chan[1] of string;
	for(k = 0; k < 2; k++){
		alt {
		one <-= "msg" + string k =>
			sys->print("sent msg%d\n", k);
		* =>
			sys->print("would block on msg%d\n", k);
		}
	}
	sys->print("buffered: %s\n", <-one);
	# tuple channel with a producer process
	c := chan of (int, string);
	done := chan of int;
	spawn producer(c, done);
	for(;;){
		(n, w) := <-c;
		if(n < 0)
			break;
		sys->print("%d:%s ", n, w);
	}
	sys->print("\nproducer sent %d\n", <-done);
	# array of channels
	cs := array[3] of {* => chan[1] of int};
	for(k = 0; k < len cs; k++)
		cs[k] <-= k * k;
	for(k = len cs - 1; k >= 0; k--)
		sys->print("cs[%d] -> %d\n", k, <-cs[k]);
}
