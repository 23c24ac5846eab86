# exercises sprint building tables, mixing formats, verbs with flags on strings, print return value
implement Sprintmix;
include "sys.m";
include "draw.m";
sys: Sys;
Sprintmix: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"alpha", "b", "gamma-long"};
	vals := array[] of {1.5, -22.25, 1000.0};
	for(i := 0; i < len names; i++){
		line := sys->sprint("%-12s|%8.2f|%4d|%#6x", names[i], vals[i], i * 37, i * 255);
		sys->print("%s<%d\n", line, len line);
	}
	n := sys->print("count me\n");
	sys->print("printed %d\n", n);
	m := sys->print("%s\n", "héllo");
	sys->print("printed %d\n", m);
	sys->print("%s\n", sys->sprint("%c%c%c", 'x', 16r3b1, '!'));
	sys->print("%s\n", sys->sprint(""));
	sys->print("%d %s %bd %g %c %x\n", 1, "s", big 2, 3.5, 'c', 255);
	sys->print("%5.1s|%-3d|%3s|\n", "xyz", 7, "toolong");
	b := array of byte "bytes";
	sys->print("%d\n", sys->write(sys->fildes(1), b, 3));
	sys->print("\n");
	sys->fprint(sys->fildes(2), "to stderr %d\n", 2);
}
