# refused: print format does not match argument type
implement Fmtmis;
include "sys.m";
include "draw.m";
sys: Sys;
Fmtmis: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "abc";
	sys->print("%d\n", s);
}
