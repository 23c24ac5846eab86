implement DieNil;

include "sys.m";
	sys: Sys;
include "draw.m";

DieNil: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

L: adt {
	v: int;
	next: cyclic ref L;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := ref L(1, ref L(2, ref L(3, nil)));
	for(;;){
		sys->print("v %d\n", l.v);
		l = l.next;
	}
}
