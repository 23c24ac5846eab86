implement T10;
#timeout: 5

include "sys.m";
	sys: Sys;
include "draw.m";

T10: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
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
		out <-= v * v;
	}
}

filter(in, out: chan of int, m: int)
{
	dropped := 0;
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= -1 - dropped;
			return;
		}
		if(v % m != 0)
			out <-= v;
		else
			dropped++;
	}
}

tostr(in: chan of int, out: chan of string)
{
	for(;;){
		v := <-in;
		if(v < 0){
			out <-= nil;
			out <-= "dropped " + string (-1 - v);
			return;
		}
		out <-= sys->sprint("<%d>", v);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c1 := chan of int;
	c2 := chan[2] of int;
	c3 := chan of int;
	c4 := chan of string;
	spawn gen(12, c1);
	spawn square(c1, c2);
	spawn filter(c2, c3, 3);
	spawn tostr(c3, c4);
	line := "";
	n := 0;
	for(;;){
		s := <-c4;
		if(s == nil)
			break;
		line += s;
		n++;
	}
	sys->print("%d items: %s\n", n, line);
	sys->print("%s\n", <-c4);

	# fan-in: two generators into one channel, sum them
	m := chan of int;
	spawn gen(10, m);
	spawn gen(20, m);
	sum := 0;
	ends := 0;
	while(ends < 2){
		v := <-m;
		if(v < 0)
			ends++;
		else
			sum += v;
	}
	sys->print("fan-in sum %d\n", sum);

	# chain of 50 incrementers
	first := chan of int;
	cur := first;
	for(i := 0; i < 50; i++){
		next := chan of int;
		spawn incr(cur, next);
		cur = next;
	}
	first <-= 0;
	sys->print("chain result %d\n", <-cur);
	first <-= 100;
	sys->print("chain result %d\n", <-cur);
}

incr(in, out: chan of int)
{
	for(;;)
		out <-= <-in + 1;
}
