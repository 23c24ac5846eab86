implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: == on two adt values
Pt: adt {
	x, y: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Pt(1, 2);
	b := Pt(1, 2);
	if(a == b)
		sys->print("equal\n");
}
