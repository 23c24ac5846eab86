# exercises fan-in from several workers into one channel, results summed and sorted by main
implement Fanin;
include "sys.m";
include "draw.m";
sys: Sys;
Fanin: module { init: fn(nil: ref Draw->Context, nil: list of string); };
work(id: int, out: chan of (int, int))
{
	s := 0;
	for(i := 0; i <= id * 100; i++) s += i;
	out <-= (id, s);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of (int, int);
	n := 6;
	for(i := 0; i < n; i++) spawn work(i, out);
	res := array[n] of int;
	for(i = 0; i < n; i++){ (id, s) := <-out; res[id] = s; }
	for(i = 0; i < n; i++) sys->print("%d: %d\n", i, res[i]);
	pid := sys->pctl(0, nil);
	sys->print("pid positive %d\n", pid > 0);
}
