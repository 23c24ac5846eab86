implement P56;
include "sys.m";
	sys: Sys;
include "draw.m";
P56: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reals := array[] of {1e10, -1e10, 4294967296.0, 2147483647.4, 2147483647.6, -2147483648.5, -2147483648.4, 1e19, -1e19, 9.2e18, 9.3e18};
	for(i := 0; i < len reals; i++){
		{
			sys->print("%g: int %d\n", reals[i], int reals[i]);
		} exception e {
		"*" => sys->print("%g: int exc %s\n", reals[i], e[0:14]);
		}
		{
			sys->print("%g: big %bd\n", reals[i], big reals[i]);
		} exception e {
		"*" => sys->print("%g: big exc %s\n", reals[i], e[0:14]);
		}
	}
}
