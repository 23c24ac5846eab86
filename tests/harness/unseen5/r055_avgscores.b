implement Avgscores;

include "sys.m";
	sys: Sys;
include "draw.m";

Avgscores: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Student: adt {
	name:	string;
	scores:	array of int;
};

average(s: ref Student): real
{
	total: real = 0;		# int constant where a real is needed
	for(i := 0; i < len s.scores; i++)
		total += s.scores[i];	# int added to real without conversion
	return total / len s.scores;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	class := array[] of {
		ref Student("ada", array[] of {90, 85, 77}),
		ref Student("bo", array[] of {60, 70}),
	};
	for(i := 0; i < len class; i++)
		sys->print("%s %.2f\n", class[i].name, average(class[i]));
}
