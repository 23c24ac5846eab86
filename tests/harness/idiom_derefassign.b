implement T;
include "sys.m"; sys: Sys;
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Op: adt { name: string; n: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	o := ref Op("p", 1);
	p := o;
	*o = Op("u", 8);
	sys->print("%s %d\n", p.name, p.n);
}
