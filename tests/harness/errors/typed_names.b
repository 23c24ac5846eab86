implement TypedNames;
include "sys.m";
	sys: Sys;
include "draw.m";
TypedNames: module { init: fn(nil: ref Draw->Context, nil: list of string); };
G: exception;
f1() { L: exception; raise L; }
f2() { L: exception(int); raise L(1); }
f3() { raise G; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{ f1(); } exception x { "*" => sys->print("%s\n", x); }
	{ f2(); } exception x { "*" => sys->print("%s\n", x); }
	{ f3(); } exception x { "*" => sys->print("%s\n", x); }
	{ f1(); } exception x { "TypedNames.*" => sys->print("TypedNames.* %s\n", x); }
	{ f3(); } exception x { "TypedNames.0.G" => sys->print("exact %s\n", x); "*" => sys->print("no exact %s\n", x); }
	f3();
}
