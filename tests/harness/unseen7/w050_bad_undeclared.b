implement BadUndecl;

include "sys.m";
	sys: Sys;
include "draw.m";

BadUndecl: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(i := 0; i < 10; i++){
		square := i * i;
		total += square;
	}
	# mistake: square is out of scope here, and totl is misspelt
	sys->print("last square %d total %d\n", square, totl);
}
