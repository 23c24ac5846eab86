implement ModFnMembers;

include "sys.m";
	sys: Sys;
	print, sprint: import sys;
include "draw.m";

ModFnMembers: module
{
	Scale: con 10;
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	twice:	fn(n: int): int;
	apply:	fn(f: ref fn(n: int): int, n: int): int;
	chooser:	fn(k: int): ref fn(n: int): int;
};

hook:	ref fn(s: string): string;
count := 0;

twice(n: int): int
{
	count++;
	return 2 * n;
}

scale(n: int): int
{
	count++;
	return n * Scale;
}

apply(f: ref fn(n: int): int, n: int): int
{
	return f(n);
}

chooser(k: int): ref fn(n: int): int
{
	if(k)
		return twice;
	return scale;
}

shout(s: string): string
{
	return s + "!";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	print("count %d hook nil %d\n", count, hook == nil);
	hook = shout;
	print("%s\n", hook("hey"));
	print("apply %d %d\n", apply(twice, 4), apply(scale, 4));
	print("chooser %d %d\n", chooser(1)(7), chooser(0)(7));
	print("count %d\n", count);
	print("%s\n", sprint("Scale %d %d", Scale, ModFnMembers->Scale));
}
