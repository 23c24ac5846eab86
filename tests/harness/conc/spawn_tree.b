implement SpawnTree;

# A binary tree of threads, each spawning two children and summing their
# answers; the visiting order is logged in memory and printed at the end.

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnTree: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

order: list of int;
count := 0;

node(id, depth: int, up: chan of int)
{
	count++;
	order = id :: order;
	if(depth == 0){
		up <-= id;
		return;
	}
	c := chan of int;
	spawn node(2*id, depth-1, c);
	spawn node(2*id+1, depth-1, c);
	a := <-c;
	b := <-c;
	up <-= id + a + b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(d := 0; d <= 8; d++){
		order = nil;
		count = 0;
		c := chan of int;
		spawn node(1, d, c);
		v := <-c;
		s := "";
		n := 0;
		for(l := order; l != nil && n < 16; l = tl l){
			s = string hd l + " " + s;
			n++;
		}
		sys->print("depth %d: sum %d threads %d last visited: %s\n", d, v, count, s);
	}
}
