implement Mutual;
#lib: ping.b pong.b
# two library modules that load each other: every load is a fresh instance
include "sys.m";
	sys: Sys;
include "draw.m";
include "ping.m";

Mutual: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := load Ping Ping->PATH;
	for(n := 0; n < 6; n++)
		sys->print("%d: %s\n", n, p->bounce(n, ""));
}
