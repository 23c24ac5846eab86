implement FmtIntFlags;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtIntFlags: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 1, -1, 7, -7, 255, 65535, 1234567, -1234567, 16r7fffffff, int 16r80000000};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%.3d] [%8.4d] [%-8.4d]\n", v, v, v, v, v, v, v, v);
		sys->print("[%ud] [%x] [%X] [%o] [%#x] [%#X] [%#o] [%ux] [%uo]\n", v, v, v, v, v, v, v, v, v);
		sys->print("[%,d] [%,ud] [%#.5x] [%08x] [%-08x] [%+5d] [%+05d]\n", v, v, v, v, v, v, v);
	}
	sys->print("[%0d] [%.0d] [%.0d] [%5.0d]\n", 0, 0, 3, 0);
	sys->print("[%#8x] [%#08x] [%-#8x] [%#.0x]\n", 255, 255, 255, 0);
}
