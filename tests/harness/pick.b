implement Pick;
include "sys.m";
	sys: Sys;
include "draw.m";
Pick: module { init: fn(ctxt: ref Draw->Context, args: list of string); };
Msg: adt {
	id:	int;
	pick {
	Text =>
		s:	string;
	Num or Big =>
		n:	int;
	}
};
show(m: ref Msg): string
{
	pick x := m {
	Text =>
		return sys->sprint("%d text %s", x.id, x.s);
	Num =>
		return sys->sprint("%d num %d", x.id, x.n);
	Big =>
		return sys->sprint("%d other %d tag %d", x.id, x.n, tagof x);
	* =>
		return sys->sprint("%d unknown tag %d", x.id, tagof x);
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := ref Msg.Text(1, "hi") :: ref Msg.Num(2, 42) :: ref Msg.Big(3, 7) :: nil;
	for(; l != nil; l = tl l)
		sys->print("%s\n", show(hd l));
}
