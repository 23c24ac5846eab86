implement P19;
include "sys.m";
	sys: Sys;
include "draw.m";
P19: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Shared: adt {
	count: int;
	log: list of string;
};

lock: chan of int;

incr(s: ref Shared, id, n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		<-lock;
		s.count++;
		lock <-= 1;
	}
	done <-= id;
}

token(id: int, inc, outc: chan of int, rounds: int, logc: chan of string)
{
	for(r := 0; r < rounds; r++){
		v := <-inc;
		logc <-= sys->sprint("t%d r%d v%d", id, r, v);
		outc <-= v + 1;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lock = chan[1] of int;
	lock <-= 1;
	s := ref Shared(0, nil);
	done := chan of int;
	for(i := 0; i < 4; i++)
		spawn incr(s, i, 250, done);
	for(i = 0; i < 4; i++)
		<-done;
	sys->print("count %d\n", s.count);
	# token ring of 3
	c := array[3] of chan of int;
	for(i = 0; i < 3; i++)
		c[i] = chan of int;
	logc := chan of string;
	for(i = 0; i < 3; i++)
		spawn token(i, c[i], c[(i+1)%3], 2, logc);
	spawn starter(c[0]);
	for(i = 0; i < 6; i++)
		sys->print("%s\n", <-logc);
	v := <-c[0];
	sys->print("final %d\n", v);
}

starter(c: chan of int)
{
	c <-= 1000;
}
