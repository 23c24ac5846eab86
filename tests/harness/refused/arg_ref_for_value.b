implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a ref adt passed where the adt value is declared
Pt: adt {
	x: int;
};

getx(p: Pt): int
{
	return p.x;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", getx(Pt(1)));
	sys->print("%d\n", getx(ref Pt(2)));
}
