implement UncaughtDecl;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtDecl: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Limit: exception(int);
Weird: exception(string);

charge(amt, cap: int): int raises (Limit, Weird)
{
	if(amt < 0)
		raise Weird("negative load");
	if(amt > cap)
		raise Limit(amt - cap);
	return cap - amt;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	loads := array[] of {10, 50, 120, -5, 30};
	for(i := 0; i < len loads; i++){
		{
			left := charge(loads[i], 100);
			sys->print("load %d leaves %d\n", loads[i], left);
		} exception e {
		Limit =>
			sys->print("load %d over by %d\n", loads[i], e);
		}
	}
	sys->print("finished\n");
}
