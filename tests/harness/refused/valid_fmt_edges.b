implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# valid: print formats at the edge of what the compiler accepts
Pt: adt {
	x: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: string;
	p := ref Pt(4);
	q: ref Pt;
	sys->print("100%%\n");
	sys->print("[%5d][%-5d][%05d]\n", 42, 42, 42);
	sys->print("[%*d][%-*d]\n", 6, 7, 6, 7);
	sys->print("[%s][%10s][%-10s]\n", s, "right", "left");
	sys->print("[%c%c%c]\n", 'a', 98, 'c');
	sys->print("[%x][%X][%o]\n", 255, 255, 8);
	sys->print("[%bx][%bd][%bo]\n", big 255, big -3, big 8);
	sys->print("[%.2f][%e][%g]\n", 3.14159, 1.5, 0.25);
	sys->print("[%q]\n", "a b");
	sys->print("%d %d\n", p != nil, q == nil);
	n := sys->sprint("%d-%s-%g", 1, "two", 3.0);
	sys->print("%s %d\n", n, len n);
}
