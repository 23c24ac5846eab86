implement P68;
include "sys.m";
	sys: Sys;
include "draw.m";
P68: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Acc: adt {
	total: int;
	run: fn(a: self ref Acc, c: chan of int, done: chan of string);
	make: fn(start: int): ref Acc;
};

Acc.make(start: int): ref Acc
{
	return ref Acc(start);
}

Acc.run(a: self ref Acc, c: chan of int, done: chan of string)
{
	while((v := <-c) != 0)
		a.total += v;
	done <-= "total=" + string a.total;
}

relay(f: ref fn(x: int): int, in, out: chan of int)
{
	while((v := <-in) != 0)
		out <-= f(v);
	out <-= 0;
}

sq(x: int): int { return x * x; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Acc.make(100);
	c := chan of int;
	done := chan of string;
	spawn a.run(c, done);
	for(i := 1; i <= 10; i++)
		c <-= i;
	c <-= 0;
	sys->print("%s a.total=%d\n", <-done, a.total);
	in := chan of int;
	out := chan of int;
	spawn relay(sq, in, out);
	spawn a.run(out, done);
	for(i = 1; i <= 4; i++)
		in <-= i;
	in <-= 0;
	sys->print("%s\n", <-done);
}
