# refused: a function declared in the module interface but never defined
implement Missimpl;
include "sys.m";
include "draw.m";
sys: Sys;
Missimpl: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
	helper: fn(x: int): int;
};
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d\n", helper(2));
}
