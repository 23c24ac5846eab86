implement Nilstr;
include "sys.m";
	sys: Sys;
include "draw.m";
Nilstr: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(): string { return nil; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "abc";
	s = nil;
	{ c := s[0]; sys->print("%d\n", c); } exception e { "*" => sys->print("1 %s\n", e); }
	t := f();
	{ raise t; } exception e { "*" => sys->print("2 %s\n", e); }
	u := "";
	{ c := u[0]; sys->print("%d\n", c); } exception e { "*" => sys->print("3 %s\n", e); }
	sys->print("%d %d [%s] %d\n", len s, s == nil, s + "x", int s);
}
