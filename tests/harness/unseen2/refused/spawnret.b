# refused: spawning a function that returns a value
implement Spawnret;
include "sys.m";
include "draw.m";
sys: Sys;
Spawnret: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(): int { return 1; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	spawn f();
}
