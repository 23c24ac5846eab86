# exercises sys->print integer formats with flags, width, precision, %c, %bd %bx
implement Fmtint;
include "sys.m";
include "draw.m";
sys: Sys;
Fmtint: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	v := array[] of {0, 1, -1, 42, -255, 65535, 16r7fffffff, -2147483647-1};
	for(i := 0; i < len v; i++){
		n := v[i];
		sys->print("[%d][%5d][%-5d][%05d][%+d][%x][%X][%#x][%o][%#o][%.3d][%8.4d][%ux]\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n);
	}
	sys->print("[%c][%3c][%-3c][%c]\n", 'A', 'b', 'c', 16r263a);
	b := big -1234567890123;
	sys->print("[%bd][%20bd][%-20bd][%bx][%bX][%bo][%+bd][%020bd]\n", b, b, b, b, b, b, -b, b);
	sys->print("[%*d][%-*d][%.*d]\n", 6, 7, 6, 7, 4, 7);
	sys->print("[%%][%d%%]\n", 50);
	sys->print("[%,d]\n", 1234567);
}
