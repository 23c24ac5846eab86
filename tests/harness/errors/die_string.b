implement DieString;

include "sys.m";
	sys: Sys;
include "draw.m";

DieString: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

check(n: int)
{
	if(n > 2)
		raise "too many: " + string n;
	sys->print("n %d ok\n", n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 10; i++)
		check(i);
}
