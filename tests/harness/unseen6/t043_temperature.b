implement Temperature;

include "sys.m";
	sys: Sys;
include "draw.m";

Temperature: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Reading: adt {
	station:	string;
	celsius:	real;

	fahrenheit:	fn(r: self Reading): real;
	label:	fn(r: self Reading): string;
};

Reading.fahrenheit(r: self Reading): real
{
	return r.celsius * 9.0 / 5.0 + 32.0;
}

Reading.label(r: self Reading): string
{
	if(r.celsius < 0.0)
		return "freezing";
	if(r.celsius > 30.0)
		return "hot";
	return "mild";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	readings := array[] of {
		Reading("oslo", -4.5),
		Reading("cairo", 35.0),
		Reading("lima", 18.2),
	};
	total := 0;
	for(i := 0; i < len readings; i++){
		r := readings[i];
		total += r.celsius;
		sys->print("%-6s %6.1fC %6.1fF %s\n", r.station, r.celsius, r.fahrenheit(), r.label());
	}
	sys->print("mean %.2f\n", real total / real len readings);
}
