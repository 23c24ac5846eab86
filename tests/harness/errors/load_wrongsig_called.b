implement WrongSigCalled;

include "sys.m";
	sys: Sys;
include "draw.m";

# another view of $Sys whose print has a wrong signature
Sys2: module
{
	PATH:	con "$Sys";
	print:	fn(s: string): int;
	sprint:	fn(s: string, *): string;
};

WrongSigCalled: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("real Sys loaded\n");
	s2 := load Sys2 Sys2->PATH;
	sys->print("Sys2 nil %d [%r]\n", s2 == nil);
	{
		s2->print("never\n");
	} exception e {
	"*" =>
		sys->print("call: %s\n", e);
	}
	# a second try prints the typecheck line again
	s2 = load Sys2 "$Sys";
	sys->print("again nil %d\n", s2 == nil);
	# the last thing: a call through the nil module, uncaught
	s2->print("never\n");
}
