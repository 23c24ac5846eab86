implement BadTuple;

include "sys.m";
	sys: Sys;
include "draw.m";

BadTuple: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

minmax(a: array of int): (int, int)
{
	lo := a[0];
	hi := a[0];
	for(i := 1; i < len a; i++){
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi)
			hi = a[i];
	}
	return (lo, hi);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {4, 9, -2, 7};
	# mistake: expects a third "sum" result that minmax does not return
	(lo, hi, sum) := minmax(a);
	sys->print("%d %d %d\n", lo, hi, sum);
}
