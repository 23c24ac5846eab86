implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: an adt function that is declared but never defined
Pt: adt {
	x: int;
	twice: fn(p: self ref Pt): int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref Pt(4);
	sys->print("%d\n", p.x);
	sys->print("%d\n", p.twice());
}
