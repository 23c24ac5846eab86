implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: the same label on two nested loops
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	L:
	for(i := 0; i < 2; i++){
		L:
		for(j := 0; j < 2; j++)
			sys->print("%d %d\n", i, j);
	}
}
