implement FmtMisc;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtMisc: module { init: fn(nil: ref Draw->Context, nil: list of string); };
R: adt { x: int; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a: array of int;
	r: ref R;
	l: list of string;
	s: string;
	c: chan of int;
	sys->print("H: %H %H %H %H\n", a, r, l, c);
	sys->print("pct: [%%] [%5%] [%-5%] [%.3%]\n");
	sys->print("%s%s%s|\n", "a\u0000b", "", "c");
	sys->print("nul in fmt: a\u0000b|\n");
	t := sys->sprint("%d%s%d", 1, "\u0000", 2);
	sys->print("len %d\n", len t);
	n := sys->print("%s\n", "héllo");
	sys->print("print returned %d\n", n);
	n = sys->fprint(sys->fildes(1), "%5d|\n", 3);
	sys->print("fprint returned %d\n", n);
	long := "";
	for(i := 0; i < 100; i++)
		long += "0123456789";
	x := sys->sprint("<%s>", long);
	sys->print("%d %s\n", len x, x[990:]);
	x = sys->sprint("%s%s%s", long, long, long);
	sys->print("%d\n", len x);
	u := "";
	for(i = 0; i < 300; i++)
		u[i] = 16r263a;
	x = sys->sprint("[%s]", u);
	sys->print("%d %d\n", len x, len array of byte x);
	sys->print("%s\n", sys->sprint(""));
	sys->print("%d|%d\n", len sys->sprint(""), len sys->aprint(""));
}
