# exercises integer division by zero and modulus by zero caught as exceptions, and big division by zero
implement Divzero;
include "sys.m";
include "draw.m";
sys: Sys;
Divzero: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	z := 0;
	{ sys->print("%d\n", 10 / z); } exception e { "*" => sys->print("div: %s\n", e); }
	{ sys->print("%d\n", 10 % z); } exception e { "*" => sys->print("mod: %s\n", e); }
	bz := big 0;
	{ sys->print("%bd\n", big 10 / bz); } exception e { "*" => sys->print("bdiv: %s\n", e); }
	{ sys->print("%bd\n", big 10 % bz); } exception e { "*" => sys->print("bmod: %s\n", e); }
	bz2 := byte 0;
	{ sys->print("%d\n", int (byte 9 / bz2)); } exception e { "*" => sys->print("bytediv: %s\n", e); }
	sys->print("end\n");
}
