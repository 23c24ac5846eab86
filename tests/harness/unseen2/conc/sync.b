# exercises spawn with many threads each computing and reporting in order via per-thread channels
implement Sync;
include "sys.m";
include "draw.m";
sys: Sys;
Sync: module { init: fn(nil: ref Draw->Context, nil: list of string); };
fib(n: int): int { if(n < 2) return n; return fib(n-1) + fib(n-2); }
calc(n: int, c: chan of string) { c <-= sys->sprint("fib(%d)=%d", n, fib(n)); }
one(c: chan of int) { c <-= 1; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[12] of chan of string;
	for(i := 0; i < len cs; i++){ cs[i] = chan of string; spawn calc(i * 2, cs[i]); }
	for(i = len cs - 1; i >= 0; i--) sys->print("%s\n", <-cs[i]);
	x := chan of int;
	spawn one(x);
	sys->print("%d\n", <-x);
}
