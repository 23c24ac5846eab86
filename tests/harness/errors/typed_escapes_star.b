implement TypedStar;

include "sys.m";
	sys: Sys;
include "draw.m";

TypedStar: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Oops: exception(int, string);

f(n: int)
{
	if(n > 2)
		raise Oops(n, "too big");
	sys->print("f(%d) fine\n", n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 1; i < 5; i++){
		{
			f(i);
		} exception e {
		"*" =>
			sys->print("star caught %s\n", e);
		}
	}
	sys->print("not reached\n");
}
