implement LabelBlock;

include "sys.m";
	sys: Sys;
include "draw.m";

LabelBlock: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# the compiler has no labelled plain block: a label goes on a loop, case or alt
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
blk:	{
		if(n > 2)
			break blk;
		sys->print("not reached\n");
	}
	sys->print("after block\n");
}
