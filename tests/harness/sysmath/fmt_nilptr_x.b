implement FmtNilPtrX;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtNilPtrX: module { init: fn(nil: ref Draw->Context, nil: list of string); };
R: adt { x: int; };
# the compiler lets %x take a pointer; a nil one is H, all ones
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a: array of int;
	s: string;
	l: list of string;
	c: chan of int;
	r: ref R;
	sys->print("[%x] [%X] [%ux] [%#x] [%10x]\n", a, s, l, c, r);
	sys->print("[%d]\n", s == nil);
}
