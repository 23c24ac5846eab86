implement FnChan;

include "sys.m";
	sys: Sys;
include "draw.m";

FnChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

double(x: int): int { return 2*x; }
square(x: int): int { return x*x; }
negate(x: int): int { return -x; }
inc(x: int): int { return x+1; }

# an executor thread that applies whatever function it is sent
executor(ops: chan of ref fn(x: int): int, vals: chan of int, results: chan of int)
{
	acc := <-vals;
	for(;;){
		f := <-ops;
		if(f == nil){
			results <-= acc;
			return;
		}
		acc = f(acc);
		results <-= acc;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := chan of ref fn(x: int): int;
	vals := chan of int;
	results := chan of int;
	spawn executor(ops, vals, results);
	vals <-= 3;
	prog := array[] of {double, square, inc, negate, double, inc, square};
	names := array[] of {"double", "square", "inc", "negate", "double", "inc", "square"};
	for(i := 0; i < len prog; i++){
		ops <-= prog[i];
		r := <-results;
		sys->print("%-7s -> %d\n", names[i], r);
	}
	ops <-= nil;
	final := <-results;
	sys->print("final %d\n", final);

	# compose via a table of function refs
	table := array[4] of ref fn(x: int): int;
	table[0] = inc;
	table[1] = double;
	table[2] = inc;
	table[3] = square;
	for(x := 0; x < 4; x++){
		v := x;
		for(j := 0; j < len table; j++)
			v = table[j](v);
		sys->print("compose(%d) = %d\n", x, v);
	}
}
