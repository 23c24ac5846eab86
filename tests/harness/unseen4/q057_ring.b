implement Ring;

include "sys.m";
	sys: Sys;
include "draw.m";

Ring: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

N: con 5;

node(id: int, in, out: chan of int, log: chan of string)
{
	for(;;){
		t := <-in;
		if(t < 0){
			log <-= sys->sprint("node %d stops", id);
			out <-= t;
			return;
		}
		log <-= sys->sprint("node %d got token %d", id, t);
		if(t >= 12 && id == N-1){
			# the last node refuses to go on and dies
			raise "fail:token limit at node " + string id;
		}
		out <-= t + 1;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	chans := array[N] of chan of int;
	for(i := 0; i < N; i++)
		chans[i] = chan of int;
	log := chan of string;
	for(i = 0; i < N; i++)
		spawn node(i, chans[i], chans[(i+1)%N], log);
	chans[0] <-= 0;
	# node 4 sees tokens 4, 9 and 14; at 14 it dies
	for(k := 0; k < 15; k++)
		sys->print("%s\n", <-log);
	sys->sleep(100);
	sys->print("ring broken; shutting down the rest\n");
	chans[0] <-= -1;
	for(k = 0; k < N-1; k++)
		sys->print("%s\n", <-log);
	# node 3 forwards the stop to node 4's channel; nobody is left there
	sys->print("final token %d\n", <-chans[N-1]);
}
