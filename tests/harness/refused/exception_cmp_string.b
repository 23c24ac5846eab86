implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: comparing an exception with a string constant
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise "boom";
	} exception e {
	* =>
		if(e == "boom")
			sys->print("it was boom\n");
	}
}
