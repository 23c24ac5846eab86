implement InstUnused;

# instantiating an adt that is not polymorphic is an error only where the
# alias is used (appl/cmd/disk/prep/prep.b: Prepedit: type Edit[string];)
include "sys.m";
	sys: Sys;
include "draw.m";

InstUnused: module { init: fn(nil: ref Draw->Context, nil: list of string); };

E: adt { n: int; };
Alias: type E[string];

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	e := E(3);
	sys->print("ok %d\n", e.n);
}
