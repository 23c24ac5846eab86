implement ExitInit;

include "sys.m";
	sys: Sys;
include "draw.m";

ExitInit: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

helper(n: int)
{
	if(n == 3){
		sys->print("exit from a helper at %d\n", n);
		exit;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 10; i++){
		{
			sys->print("i %d\n", i);
			helper(i);
		} exception e {
		"*" =>
			sys->print("exit is not an exception: %s\n", e);
		}
	}
	sys->print("not reached\n");
}
