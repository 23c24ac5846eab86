# exercises array bounds errors caught with exception handlers, printing the exception string
implement Bounds;
include "sys.m";
include "draw.m";
sys: Sys;
Bounds: module { init: fn(nil: ref Draw->Context, nil: list of string); };
get(a: array of int, i: int): int { return a[i]; }
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[4] of {* => 1};
	idx := array[] of {0, 3, 4, -1, 100};
	for(i := 0; i < len idx; i++){
		{
			sys->print("a[%d]=%d\n", idx[i], get(a, idx[i]));
		} exception e {
		"array*" => sys->print("bounds %d: %s\n", idx[i], e);
		}
	}
	{
		b := a[2:6];
		sys->print("slice %d\n", len b);
	} exception e {
	"*" => sys->print("slice: %s\n", e);
	}
	{
		b := a[3:1];
		sys->print("slice %d\n", len b);
	} exception e {
	"*" => sys->print("slice2: %s\n", e);
	}
	{
		a[1:] = array[5] of int;
	} exception e {
	"*" => sys->print("copy: %s\n", e);
	}
	sys->print("done\n");
}
