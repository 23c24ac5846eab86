implement ExcOneValue;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcOneValue: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Num: exception(int);
Word: exception(string);

f(n: int)
{
	if(n % 2)
		raise Num(n * 3);
	raise Word("w" + string n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 4; i++){
		{
			f(i);
		} exception e {
		Num =>
			sys->print("Num %d\n", e);
		Word =>
			sys->print("Word %s\n", e);
		}
	}
	sys->print("done\n");
}
