implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a pick arm naming a variant that does not exist
Msg: adt {
	pick {
	Text =>
		s: string;
	Num =>
		n: int;
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m: ref Msg = ref Msg.Num(4);
	pick v := m {
	Text =>
		sys->print("text %s\n", v.s);
	Number =>
		sys->print("num\n");
	}
}
