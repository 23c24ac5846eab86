implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: pick on an adt without pick variants
Pt: adt {
	x, y: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref Pt(1, 2);
	pick q := p {
	Pt =>
		sys->print("pt\n");
	}
}
