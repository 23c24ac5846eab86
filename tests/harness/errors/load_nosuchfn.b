implement LoadNoSuchFn;

include "sys.m";
	sys: Sys;
include "draw.m";

# a function $Sys does not have, called
Sys3: module
{
	PATH:	con "$Sys";
	print:	fn(s: string, *): int;
	frobnicate:	fn(n: int): int;
};

LoadNoSuchFn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s3 := load Sys3 Sys3->PATH;
	sys->print("Sys3 nil %d [%r]\n", s3 == nil);
	if(s3 != nil)
		sys->print("%d\n", s3->frobnicate(1));
	sys->print("done\n");
}
