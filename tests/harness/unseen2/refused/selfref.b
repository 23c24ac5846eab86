# refused: calling a self ref method on a non-addressable adt value
implement Selfref;
include "sys.m";
include "draw.m";
sys: Sys;
Selfref: module { init: fn(nil: ref Draw->Context, nil: list of string); };
P: adt { x: int; inc: fn(p: self ref P); };
P.inc(p: self ref P) { p.x++; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	P(1).inc();
}
