implement Reraise;

include "sys.m";
	sys: Sys;
include "draw.m";

Reraise: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

log: list of string;

note(s: string)
{
	log = s :: log;
}

level3(x: int): int
{
	if(x > 2)
		raise "too big: " + string x;
	return x * 2;
}

level2(x: int): int
{
	r := 0;
	{
		r = level3(x);
	} exception e {
	"too big*" =>
		note("level2 saw " + e);
		raise;
	}
	return r + 1;
}

level1(x: int): int
{
	{
		return level2(x);
	} exception e {
	"*" =>
		note("level1 wraps");
		raise "wrapped(" + e + ")";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 1; i <= 4; i++){
		log = nil;
		{
			sys->print("level1(%d) = %d\n", i, level1(i));
		} exception e {
		"wrapped*" =>
			sys->print("top caught %s\n", e);
		}
		for(l := log; l != nil; l = tl l)
			sys->print("  log: %s\n", hd l);
	}
}
