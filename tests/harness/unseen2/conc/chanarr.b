# exercises arrays of channels, a ring of threads passing a token around several times
implement Chanarr;
include "sys.m";
include "draw.m";
sys: Sys;
Chanarr: module { init: fn(nil: ref Draw->Context, nil: list of string); };
node(id: int, in, out: chan of list of int)
{
	for(;;){
		l := <-in;
		if(l == nil){ out <-= nil; return; }
		out <-= id :: l;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 5;
	cs := array[n+1] of chan of list of int;
	for(i := 0; i <= n; i++) cs[i] = chan of list of int;
	for(i = 0; i < n; i++) spawn node(i, cs[i], cs[i+1]);
	for(round := 0; round < 3; round++){
		cs[0] <-= (100 + round) :: nil;
		l := <-cs[n];
		for(; l != nil; l = tl l) sys->print("%d ", hd l);
		sys->print("\n");
	}
	cs[0] <-= nil;
	r := <-cs[n];
	sys->print("shutdown %d\n", r == nil);
}
