# refused: pick on a non-pick adt and unknown pick tag
implement Picknot;
include "sys.m";
include "draw.m";
sys: Sys;
Picknot: module { init: fn(nil: ref Draw->Context, nil: list of string); };
A: adt { pick { X => a: int; Y => b: string; } };
B: adt { v: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a: ref A = ref A.X(1);
	pick p := a {
	Z => sys->print("z\n");
	}
}
