implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: in an arm with only string qualifiers the exception variable is a string
classify(s: string): string
{
	{
		raise s;
	} exception e {
	"boom" =>
		return "exact " + e;
	"fizz" or "buzz" =>
		t: string = e;
		return "either " + t + " len " + string len e;
	"pre*" =>
		return "prefix " + e[3:];
	* =>
		return "other";
	}
	return "none";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "boom" :: "fizz" :: "buzz" :: "prefix" :: "preach" :: "zzz" :: nil;
	for(; words != nil; words = tl words)
		sys->print("%s -> %s\n", hd words, classify(hd words));
	{
		raise "again";
	} exception e {
	"again" =>
		sys->print("%s %d\n", e, e == "again");
	}
}
