implement P61;
include "sys.m";
	sys: Sys;
include "draw.m";
P61: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	stdout := sys->fildes(1);
	for(i := 0; i < 4; i++){
		sys->fprint(stdout, "out %d\n", i);
		sys->fprint(stderr, "err %d\n", i);
	}
	n := sys->fprint(stderr, "%s=%d\n", "x", 5);
	sys->print("fprint returned %d\n", n);
	b := array of byte "raw bytes\n";
	sys->print("write returned %d\n", sys->write(stderr, b, len b));
	sys->print("partial write %d\n", sys->write(stdout, b, 3));
	sys->print("\n");
	sys->print("zero write %d\n", sys->write(stdout, b, 0));
}
