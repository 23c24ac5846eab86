implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

gen(out: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		out <-= i;
	out <-= 0;
}

square(in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v == 0){
			out <-= 0;
			return;
		}
		out <-= v*v;
	}
}

filterodd(in: chan of int, out: chan of string)
{
	for(;;){
		v := <-in;
		if(v == 0){
			out <-= nil;
			return;
		}
		if(v % 2)
			out <-= sys->sprint("odd square %d", v);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c1 := chan of int;
	c2 := chan[3] of int;
	c3 := chan of string;
	spawn gen(c1, 12);
	spawn square(c1, c2);
	spawn filterodd(c2, c3);
	count := 0;
	while((s := <-c3) != nil){
		sys->print("%s\n", s);
		count++;
	}
	sys->print("%d results\n", count);
}
