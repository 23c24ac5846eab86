implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a pick adt declared as a plain value
Msg: adt {
	pick {
	Text =>
		s: string;
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m: Msg;
	sys->print("ok\n");
}
