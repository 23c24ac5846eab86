implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: building an adt with too many values
Pt: adt {
	x, y: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref Pt(1, 2);
	sys->print("%d\n", p.x);
	q := ref Pt(1, 2, 3);
	sys->print("%d\n", q.x);
}
