implement SpawnSquares;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnSquares: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Result: adt {
	idx:	int;
	val:	int;
};

square(idx, n: int, out: chan of Result)
{
	out <-= Result(idx, n * n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {3, 7, 11, 2, 9, 15, 4, 1};
	out := chan of Result;
	for(i := 0; i < len inputs; i++)
		spawn square(i, inputs[i], out);
	results := array[len inputs] of int;
	total := 0;
	for(i = 0; i < len inputs; i++) {
		r := <-out;
		results[r.idx] = r.val;
		total += r.val;
	}
	for(i = 0; i < len inputs; i++)
		sys->print("%2d^2 = %3d\n", inputs[i], results[i]);
	sys->print("sum of squares: %d\n", total);
}
