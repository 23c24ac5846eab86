implement TypedSameFn;
include "sys.m";
	sys: Sys;
include "draw.m";
TypedSameFn: module { init: fn(nil: ref Draw->Context, nil: list of string); };
E: exception(int);
F: exception;
h() { raise F; }
try(k: int)
{
	case k {
	0 => { h(); } exception e { "*" => sys->print("0 %s\n", e); }
	1 => { raise E(2); } exception e { "*" => sys->print("1 %s\n", e); }
	2 => { raise E(3); } exception { "*" => sys->print("2\n"); }
	3 => { raise F; } exception e { F => sys->print("3 F\n"); "*" => sys->print("3 %s\n", e); }
	4 => { raise E(4); } exception e { F => sys->print("4 F\n"); "*" => sys->print("4 %s\n", e); }
	5 => { raise F; } exception e { "*" => sys->print("5 %s\n", e); }
	6 => { raise "str"; } exception e { F => sys->print("6 F\n"); "*" => sys->print("6 %s\n", e); }
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k < 7; k++){
		{ try(k); } exception x { "*" => sys->print("outer %d: %s\n", k, x); }
	}
	sys->print("end\n");
}
