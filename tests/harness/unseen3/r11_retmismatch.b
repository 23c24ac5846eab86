implement R11_RETMISMATCH;
include "sys.m";
	sys: Sys;
include "draw.m";
R11_RETMISMATCH: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
f(): string { return 42; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", f());
}
