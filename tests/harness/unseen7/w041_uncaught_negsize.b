implement UncaughtNeg;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtNeg: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# allocate a buffer for the gap between two offsets
gapbuf(start, end: int): array of byte
{
	sys->print("gap %d..%d\n", start, end);
	return array[end - start] of byte;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	offs := array[] of {0, 16, 40, 40, 32, 64};
	for(i := 1; i < len offs; i++){
		b := gapbuf(offs[i-1], offs[i]);
		sys->print("allocated %d bytes\n", len b);
	}
	sys->print("all gaps allocated\n");
}
