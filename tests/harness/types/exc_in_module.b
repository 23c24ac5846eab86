implement ExcInModule;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcInModule: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	Fail: exception(string, int);
	Stop: exception;
};

work(n: int): int
{
	if(n < 0)
		raise Fail("negative", n);
	if(n == 0)
		raise Stop;
	return n * 2;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := -1; n <= 1; n++){
		{
			sys->print("work(%d) = %d\n", n, work(n));
		} exception e {
		Fail =>
			(s, v) := e;
			sys->print("Fail %s %d\n", s, v);
		ExcInModule->Stop =>
			sys->print("Stop\n");
		}
	}
	{
		raise ExcInModule->Fail("qualified", 7);
	} exception e {
	Fail =>
		(s, v) := e;
		sys->print("qualified raise %s %d\n", s, v);
	}
	{
		raise Stop;
	} exception e {
	"*" =>
		sys->print("not here %s\n", e);
	}
}
