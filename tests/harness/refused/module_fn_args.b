implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a call through a loaded module with too many arguments
Other: module
{
	PATH: con "/dis/other.dis";
	go: fn();
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := load Other Other->PATH;
	if(m == nil)
		sys->print("no module\n");
	else
		m->go(1);
}
