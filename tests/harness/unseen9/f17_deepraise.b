implement DeepRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

DeepRaise: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

trace: list of string;

level3(n: int): int
{
	trace = "enter3" :: trace;
	if(n == 0)
		raise "zero:level3";
	if(n < 0)
		raise "negative:" + string n;
	if(n > 100){
		a := array[2] of int;
		return a[n];		# runtime bounds error
	}
	trace = "leave3" :: trace;
	return 100 / n;
}

level2(n: int): int
{
	trace = "enter2" :: trace;
	r := level3(n) + 1;
	trace = "leave2" :: trace;
	return r;
}

level1(n: int): int
{
	trace = "enter1" :: trace;
	{
		return level2(n) * 2;
	} exception e {
	"negative:*" =>
		trace = "caught-in-1" :: trace;
		return -1;
	}
}

attempt(n: int)
{
	trace = nil;
	result := "";
	{
		result = string level1(n);
	} exception e {
	"zero:*" =>
		result = "zero handler (" + e + ")";
	"array bounds error" =>
		result = "bounds handler";
	"*" =>
		result = "generic: " + e;
	}
	t := "";
	for(l := trace; l != nil; l = tl l)
		t = hd l + " " + t;
	sys->print("n=%d -> %s; trace: %s\n", n, result, t);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	attempt(5);
	attempt(0);
	attempt(-3);
	attempt(200);
	# reraise from a handler
	{
		{
			level3(0);
		} exception e {
		"*" =>
			sys->print("inner saw %s, re-raising\n", e);
			raise "outer:" + e;
		}
	} exception f {
	"outer:*" =>
		sys->print("outer saw %s\n", f);
	}
}
