implement T;
include "sys.m";
include "draw.m";
T: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	print, sprint: import sys;
	fd: ref Sys->FD = sys->fildes(1);
	print("%s\n", sprint("local import %d", 42));
	sys->fprint(fd, "fd ok\n");
	x := 3;
	case x {
	3 =>
		y := x * 2;
		print("y=%d\n", y);
	* =>
		;
	}
}
