implement RaiseFail;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseFail: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

check(name: string, v: int)
{
	if(v < 0)
		raise "fail:bad " + name;
	sys->print("%s ok (%d)\n", name, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {("a", 1), ("b", 0), ("c", -4), ("d", 9)};
	# first pass handles the failure locally
	for(i := 0; i < len vals; i++){
		(n, v) := vals[i];
		{
			check(n, v);
		} exception e {
		"fail:*" =>
			sys->print("caught %q\n", e);
		}
	}
	# second pass re-raises
	for(i = 0; i < len vals; i++){
		(n, v) := vals[i];
		{
			check(n, v);
		} exception e {
		"fail:bad d" =>
			sys->print("never this one\n");
		"fail:*" =>
			sys->print("re-raising %s\n", e);
			raise "fail:bad";
		}
	}
	sys->print("unreachable\n");
}
