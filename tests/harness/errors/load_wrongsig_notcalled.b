implement WrongSigNotCalled;

include "sys.m";
	sys: Sys;
include "draw.m";

# another view of $Sys: print is right, sleep is wrong but never called,
# and nosuch is not in $Sys at all but never called either
Sys2: module
{
	PATH:	con "$Sys";
	print:	fn(s: string, *): int;
	sleep:	fn(s: string): string;
	nosuch:	fn(): int;
};

WrongSigNotCalled: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s2 := load Sys2 Sys2->PATH;
	sys->print("Sys2 nil %d\n", s2 == nil);
	if(s2 != nil)
		s2->print("through Sys2: %d %s\n", 42, "fine");
	sys->print("done\n");
}
