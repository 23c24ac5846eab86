# exercises nil dereference of ref adt, nil array indexing, hd of nil list, nil module call
implement Nilref;
include "sys.m";
include "draw.m";
sys: Sys;
Nilref: module { init: fn(nil: ref Draw->Context, nil: list of string); };
R: adt { x: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r: ref R;
	{ sys->print("%d\n", r.x); } exception e { "*" => sys->print("1: %s\n", e); }
	a: array of int;
	{ sys->print("%d\n", a[0]); } exception e { "*" => sys->print("2: %s\n", e); }
	l: list of int;
	{ sys->print("%d\n", hd l); } exception e { "*" => sys->print("3: %s\n", e); }
	{ l = tl l; sys->print("tl ok\n"); } exception e { "*" => sys->print("4: %s\n", e); }
	s: string;
	{ sys->print("%d\n", s[0]); } exception e { "*" => sys->print("5: %s\n", e); }
	t: Sys;
	{ t->print("never\n"); } exception e { "*" => sys->print("6: %s\n", e); }
	{ r.x = 5; } exception e { "*" => sys->print("7: %s\n", e); }
	{ x := *r; sys->print("%d\n", x.x); } exception e { "*" => sys->print("8: %s\n", e); }
	sys->print("len nil: %d %d %d\n", len a, len l, len s);
}
