implement ChanArray;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanArray: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# each sensor emits a few readings then a -1 terminator, one step at a time
sensor(id: int, out: chan of int, step: chan of int)
{
	for(k := 0; k < id + 2; k++){
		<-step;
		out <-= id*1000 + k*k;
	}
	<-step;
	out <-= -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 4;
	cs := array[n] of chan of int;
	steps := array[n] of chan of int;
	for(i := 0; i < n; i++){
		cs[i] = chan of int;
		steps[i] = chan of int;
		spawn sensor(i, cs[i], steps[i]);
	}
	live := n;
	sums := array[n] of {* => 0};
	counts := array[n] of {* => 0};
	round := 0;
	while(live > 0){
		# let exactly one sensor go at a time, in rotating order
		who := round % n;
		round++;
		if(steps[who] == nil)
			continue;
		steps[who] <-= 1;
		(idx, v) := <-cs;
		if(v < 0){
			sys->print("sensor %d closed after %d readings\n", idx, counts[idx]);
			steps[idx] = nil;
			cs[idx] = nil;
			live--;
			continue;
		}
		sums[idx] += v;
		counts[idx]++;
		sys->print("round %2d: sensor %d says %d\n", round, idx, v);
	}
	for(i = 0; i < n; i++)
		sys->print("sensor %d: count %d sum %d\n", i, counts[i], sums[i]);
}
