# refused: tagof applied to a non-pick adt
implement Tagofnp;
include "sys.m";
include "draw.m";
sys: Sys;
Tagofnp: module { init: fn(nil: ref Draw->Context, nil: list of string); };
B: adt { v: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref B(1);
	sys->print("%d\n", tagof b);
}
