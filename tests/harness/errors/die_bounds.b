implement DieBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

DieBounds: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[3] of {* => 1};
	sum := 0;
	for(i := 0; i <= len a; i++){
		sys->print("a[%d]\n", i);
		sum += a[i];
	}
	sys->print("sum %d\n", sum);
}
