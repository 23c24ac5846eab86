implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: an adt that contains itself by value is accepted when it is never used
Loop: adt {
	again: Loop;
};

Fine: adt {
	v: int;
	next: ref Fine;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := ref Fine(1, ref Fine(2, nil));
	sys->print("%d %d\n", f.v, f.next.v);
}
