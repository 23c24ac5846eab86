implement DeepUnwind;

include "sys.m";
	sys: Sys;
include "draw.m";

DeepUnwind: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

handlers := 0;

down(n: int): int
{
	if(n == 0)
		raise "bottom";
	return down(n - 1) + 1;
}

guarded(n: int): int
{
	if(n == 0)
		raise "bottom";
	{
		return guarded(n - 1) + 1;
	} exception {
	"bottom" =>
		handlers++;
		if(n % 1000 == 0)
			return n;
		raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(d := 10; d <= 20000; d *= 10){
		{
			sys->print("%d\n", down(d));
		} exception e {
		"*" =>
			sys->print("depth %d: %s\n", d, e);
		}
	}
	for(d = 5; d <= 5000; d *= 10){
		handlers = 0;
		{
			sys->print("guarded(%d) = %d, handlers %d\n", d, guarded(d), handlers);
		} exception e {
		"*" =>
			sys->print("guarded(%d): %s after %d handlers\n", d, e, handlers);
		}
	}
	sys->print("done\n");
}
