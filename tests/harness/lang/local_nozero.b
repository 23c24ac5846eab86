implement LocalNozero;

# Dis clears only the pointer slots of a frame: an int local declared
# without a value in an inner block may share its slot with an earlier one.

include "sys.m";
	sys: Sys;
include "draw.m";

LocalNozero: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		a := 1234;
		b := 5678;
		sys->print("first block %d %d\n", a, b);
	}
	{
		x, y: int;
		sys->print("second block %d %d\n", x, y);
	}
	for(i := 0; i < 3; i++){
		n: int;
		sys->print("loop %d: n=%d\n", i, n);
		n = i + 100;
	}
}
