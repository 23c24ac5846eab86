# exercises a pipeline of spawned stages connected by unbuffered channels; only main prints
implement Pipe1;
include "sys.m";
include "draw.m";
sys: Sys;
Pipe1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
gen(out: chan of int, n: int)
{
	for(i := 1; i <= n; i++) out <-= i;
	out <-= -1;
}
sq(in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v < 0){ out <-= v; return; }
		out <-= v * v;
	}
}
filt(in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v < 0){ out <-= v; return; }
		if(v % 2 == 1) out <-= v;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of int; b := chan of int; c := chan of int;
	spawn gen(a, 10);
	spawn sq(a, b);
	spawn filt(b, c);
	sum := 0;
	for(;;){
		v := <-c;
		if(v < 0) break;
		sys->print("%d ", v);
		sum += v;
	}
	sys->print("\nsum %d\n", sum);
}
