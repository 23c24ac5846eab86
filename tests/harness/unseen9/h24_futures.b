implement Futures;

include "sys.m";
	sys: Sys;
include "draw.m";

Futures: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Future: adt {
	c:	chan of int;
	done:	int;
	val:	int;

	get:	fn(f: self ref Future): int;
	ready:	fn(f: self ref Future): int;
};

Future.get(f: self ref Future): int
{
	if(!f.done){
		f.val = <-f.c;
		f.done = 1;
	}
	return f.val;
}

Future.ready(f: self ref Future): int
{
	if(f.done)
		return 1;
	alt {
	v := <-f.c =>
		f.val = v;
		f.done = 1;
		return 1;
	* =>
		return 0;
	}
}

async(fnid, arg, delay: int): ref Future
{
	f := ref Future(chan[1] of int, 0, 0);	# buffered: the worker never blocks
	spawn run(fnid, arg, delay, f.c);
	return f;
}

run(fnid, arg, delay: int, c: chan of int)
{
	if(delay > 0)
		sys->sleep(delay);
	r := 0;
	case fnid {
	0 =>	# factorial
		r = 1;
		for(i := 2; i <= arg; i++)
			r *= i;
	1 =>	# fibonacci
		a := 0;
		b := 1;
		for(i := 0; i < arg; i++)
			(a, b) = (b, a+b);
		r = a;
	2 =>	# sum of squares
		for(i := 1; i <= arg; i++)
			r += i*i;
	}
	c <-= r;
}

# wait for the first of several futures; the others carry on regardless
first(fs: array of ref Future): (int, int)
{
	cs := array[len fs] of chan of int;
	for(i := 0; i < len fs; i++)
		cs[i] = fs[i].c;
	(k, v) := <-cs;
	fs[k].val = v;
	fs[k].done = 1;
	return (k, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"fact", "fib", "sumsq"};

	fs := array[] of {
		async(0, 10, 0), async(1, 30, 0), async(2, 100, 0),
		async(0, 12, 0), async(1, 40, 0),
	};
	fns := array[] of {0, 1, 2, 0, 1};
	args := array[] of {10, 30, 100, 12, 40};
	# collect in submission order, whatever order they finished in
	for(i := 0; i < len fs; i++)
		sys->print("%s(%d) = %d\n", names[fns[i]], args[i], fs[i].get());
	sys->print("get twice gives same: %d\n", fs[2].get() == fs[2].get());

	# a pending future is not ready until its worker answers
	slow := async(2, 3, 40);
	sys->print("slow ready at once: %d\n", slow.ready());
	sys->print("slow value: %d, ready now: %d\n", slow.get(), slow.ready());

	# race with well-separated delays: the 10ms one wins
	race := array[] of {async(1, 20, 50), async(0, 6, 10), async(2, 4, 30)};
	(k, v) := first(race);
	sys->print("first to finish: #%d with %d\n", k, v);
	# wait for the others so no prog is left behind
	for(i = 0; i < len race; i++)
		if(i != k)
			sys->print("later: #%d = %d\n", i, race[i].get());
}
