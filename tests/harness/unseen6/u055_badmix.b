implement Average;

include "sys.m";
	sys: Sys;
include "draw.m";

Average: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	scores := array[] of {3.5, 4.0, 2.5, 5.0};
	total := 0.0;
	for(i := 0; i < len scores; i++)
		total += scores[i];
	# mistake: dividing a real by an int without a conversion
	avg := total / len scores;
	sys->print("average %g\n", avg);
}
