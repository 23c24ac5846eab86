implement AltDemo;

include "sys.m";
	sys: Sys;
include "draw.m";

AltDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

producer(name: string, c: chan of string, n: int, ack: chan of int)
{
	for(i := 0; i < n; i++){
		c <-= name + string i;
		<-ack;
	}
	c <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of string;
	b := chan of string;
	acka := chan of int;
	ackb := chan of int;
	spawn producer("a", a, 3, acka);
	spawn producer("b", b, 2, ackb);
	got := 0;
	live := 2;
	msgs: list of string;
	while(live > 0){
		alt {
		s := <-a =>
			if(s == nil){
				live--;
			}else{
				msgs = s :: msgs;
				got++;
				acka <-= 1;
			}
		s := <-b =>
			if(s == nil){
				live--;
			}else{
				msgs = s :: msgs;
				got++;
				ackb <-= 1;
			}
		}
	}
	sys->print("received %d messages\n", got);
	# sort for determinism
	arr := array[len msgs] of string;
	i := 0;
	for(; msgs != nil; msgs = tl msgs)
		arr[i++] = hd msgs;
	for(i = 1; i < len arr; i++)
		for(j := i; j > 0 && arr[j] < arr[j-1]; j--)
			(arr[j], arr[j-1]) = (arr[j-1], arr[j]);
	for(i = 0; i < len arr; i++)
		sys->print("msg %s\n", arr[i]);
	# alt with a ready buffered channel and a send
	buf := chan[2] of int;
	buf <-= 42;
	out := chan[1] of int;
	out <-= 5;
	for(k := 0; k < 2; k++){
		alt {
		v := <-buf =>
			sys->print("buffered got %d\n", v);
		out <-= 7 =>
			sys->print("sent to out\n");
		}
		sys->print("out holds %d\n", <-out);
	}
	# alt with default-less send on nil-free path: poll
	empty := chan[1] of int;
	alt {
	v := <-empty =>
		sys->print("impossible %d\n", v);
	* =>
		sys->print("nothing ready\n");
	}
}
