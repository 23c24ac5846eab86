implement P46;
include "sys.m";
	sys: Sys;
include "draw.m";
P46: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

level3(x: int): int
{
	if(x < 0)
		raise "negative";
	if(x == 0)
		raise "zero";
	return 100 / x;
}

level2(x: int): int
{
	{
		return level3(x);
	} exception e {
	"zero" =>
		sys->print("  level2 handles zero\n");
		return -1;
	}
}

level1(x: int): int
{
	r := 0;
	{
		r = level2(x);
	} exception e {
	"negative" =>
		sys->print("  level1 sees %s, re-raising\n", e);
		raise;
	}
	return r;
}

cleanup := 0;

guarded(x: int): string
{
	{
		if(x)
			raise "bad";
		return "fine";
	} exception {
	* =>
		cleanup++;
		return "recovered";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	xs := array[] of {5, 0, -3, 1000};
	for(i := 0; i < len xs; i++){
		{
			sys->print("x=%d -> %d\n", xs[i], level1(xs[i]));
		} exception e {
		"*" => sys->print("x=%d -> top caught %s\n", xs[i], e);
		}
	}
	sys->print("%s %s %s cleanup=%d\n", guarded(0), guarded(1), guarded(2), cleanup);
	# exception in loop body continues loop
	n := 0;
	for(i = 0; i < 10; i++){
		{
			if(i % 3 == 0)
				raise "skip";
			n += i;
		} exception {
		"skip" => n += 100;
		}
	}
	sys->print("n=%d\n", n);
}
