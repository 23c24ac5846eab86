implement R13_PICKTAG;
include "sys.m";
	sys: Sys;
include "draw.m";
R13_PICKTAG: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};
T: adt { pick { A => a: int; B => b: string; } };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t: ref T = ref T.A(1);
	pick v := t {
	A => sys->print("%d\n", v.a);
	C => sys->print("c\n");
	}
}
