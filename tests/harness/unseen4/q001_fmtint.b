implement FmtInt;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtInt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, -1, 42, -42, 255, 65535, 16r7fffffff, -16r7fffffff-1, 1000000};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("[%d] [%5d] [%-5d] [%05d] [%+d]", v, v, v, v, v);
		sys->print("\n");
		sys->print("   [%x] [%X] [%o] [%ud] [%#x] [%#o]\n", v, v, v, v, v, v);
	}
	sys->print("[%.3d] [%8.3d] [%-8.3d|]\n", 7, 7, 7);
	sys->print("[%c%c%c] [%3c] [%-3c|]\n", 'L', 'i', 'm', 'b', 'o');
	sys->print("%%literal%% and %d%%\n", 50);
}
