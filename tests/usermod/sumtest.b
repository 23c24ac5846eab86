implement SumTest;

include "sys.m";
	sys: Sys;
include "draw.m";
include "sum.m";
	sum: Sum;

SumTest: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sum = load Sum Sum->PATH;
	if(sum == nil){
		sys->print("cannot load %s: %r\n", Sum->PATH);
		raise "fail:load";
	}
	for(args = tl args; args != nil; args = tl args){
		b := array of byte hd args;
		sys->print("%s adler32 %s crc32 %s\n", hd args, sum->hex(sum->adler32(b, len b)), sum->hex(sum->crc32(b, len b)));
	}
	{
		sum->crc32(array[2] of byte, 3);
	} exception e {
	"sum:*" =>
		sys->print("caught: %s\n", e);
	}
}
