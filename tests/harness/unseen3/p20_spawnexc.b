implement P20;
include "sys.m";
	sys: Sys;
include "draw.m";
P20: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

child(c: chan of string, mode: int)
{
	{
		case mode {
		0 => c <-= "normal";
		1 => raise "child error";
		2 => a: array of int; a[0] = 1;
		}
	} exception e {
	"*" =>
		c <-= "child caught: " + e;
	}
}

quiet(c: chan of int)
{
	c <-= 1;
	raise "fail:child exits";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of string;
	for(i := 0; i < 3; i++){
		spawn child(c, i);
		sys->print("%d: %s\n", i, <-c);
	}
	ic := chan of int;
	spawn quiet(ic);
	<-ic;
	sys->print("parent continues\n");
	sys->sleep(50);
	sys->print("parent done\n");
}
