implement P17;

include "sys.m";
	sys: Sys;
include "draw.m";

P17: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

gtable := array[5] of {0 => "a", 2 => "b", 3 => "c", * => "z"};
gsparse := array[] of {3 => 30, 1 => 10};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len gtable; i++)
		sys->print("%s", gtable[i]);
	sys->print("\n");
	t := array[5] of {0 => "a", 2 => "b", 3 => "c", * => "z"};
	for(i = 0; i < len t; i++)
		sys->print("%s", t[i]);
	sys->print("\n");
	u := array[6] of {1 => 7, * => -1};
	for(i = 0; i < len u; i++)
		sys->print("%d ", u[i]);
	sys->print("\n");
	sys->print("%d %d %d %d\n", len gsparse, gsparse[0], gsparse[1], gsparse[3]);
	v := array[] of {2 => "two", "three", 0 => "zero"};
	sys->print("%d [%s] [%s] [%s] [%s]\n", len v, v[0], v[1], v[2], v[3]);
	n := 4;
	w := array[n] of {* => 1.5};
	sys->print("%d %g\n", len w, w[3]);
	x := array[n] of {1, 2};
	sys->print("%d %d %d %d\n", x[0], x[1], x[2], x[3]);
}
