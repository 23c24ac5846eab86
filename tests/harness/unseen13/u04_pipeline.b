implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

Pipeline: module
{
	init: fn(nil: ref Draw->Context, nil: list of string);
};

gen(n: int, out: chan of int)
{
	for(i := 1; i <= n; i++)
		out <-= i;
	out <-= -1;
}

square(in, out: chan of int)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= v;
			return;
		}
		out <-= v*v;
	}
}

filter(in, out: chan of int, m: int)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= v;
			return;
		}
		if(v % m != 0)
			out <-= v;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c1 := chan of int;
	c2 := chan of int;
	c3 := chan of int;
	spawn gen(20, c1);
	spawn square(c1, c2);
	spawn filter(c2, c3, 3);
	sum := 0;
	n := 0;
	for(;;){
		v := <-c3;
		if(v < 0)
			break;
		sys->print("%d ", v);
		sum += v;
		n++;
	}
	sys->print("\n%d values, sum %d, mean %.3f\n", n, sum, real sum / real n);
}
