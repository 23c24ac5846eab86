implement CastNil;

# array of byte nil and string nil are constants: nil and "" (appl/cmd/mk/mk.b)
include "sys.m";
	sys: Sys;
include "draw.m";
CastNil: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {
		array of byte "x",
		array of byte nil,
	};
	b := array of byte nil;
	s := string nil;

	sys->print("%d %d %d %d %d\n", len a, a[1] == nil, b == nil, len s, 1);
}
