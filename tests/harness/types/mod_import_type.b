implement ModImportType;

include "sys.m";
	sys: Sys;
include "draw.m";

ModImportType: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Shapes: module
{
	Sq: adt {
		side: int;
	};
	Max: con 9;
};

# import names an adt and a constant through the module type, not a handle
Sq, Max: import Shapes;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := Sq(3);
	r := ref Sq(Max);
	sys->print("%d %d\n", s.side * s.side, r.side);
}
