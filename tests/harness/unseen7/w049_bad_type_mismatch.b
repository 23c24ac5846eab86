implement BadType;

include "sys.m";
	sys: Sys;
include "draw.m";

BadType: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

average(a: array of int): real
{
	sum := 0;
	for(i := 0; i < len a; i++)
		sum += a[i];
	# mistake: int divided by int assigned to a real result without conversion
	return sum / len a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%g\n", average(array[] of {1, 2, 3, 4}));
}
