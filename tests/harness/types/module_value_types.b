implement ModuleValueTypes;

# A module value names the module's types too: ref sys->Connection(...),
# d: sys->Connection (appl/cmd/ip/ppp/modem.b).
include "sys.m";
	sys: Sys;
include "draw.m";

ModuleValueTypes: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

mk(dir: string): ref sys->Connection
{
	return ref sys->Connection(nil, nil, dir);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := mk("/net/tcp/7");
	d: sys->Connection;
	d.dir = "x";
	e := sys->Connection(nil, nil, "y");
	sys->print("%s %d %s %s\n", c.dir, c.dfd == nil, d.dir, e.dir);
}
