implement DieReraise;

include "sys.m";
	sys: Sys;
include "draw.m";

DieReraise: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		s: string;
		sys->print("%d\n", s[0]);
	} exception e {
	"*" =>
		sys->print("saw %s, passing it on\n", e);
		raise;
	}
}
