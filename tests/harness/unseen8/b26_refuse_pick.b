implement RefusePick;

include "sys.m";
	sys: Sys;
include "draw.m";

RefusePick: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Msg: adt {
	seq: int;
	pick {
	Text =>
		body: string;
	Ping =>
	}
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	m: ref Msg = ref Msg.Text(1, "hello");
	pick t := m {
	Text =>
		sys->print("%d %s\n", t.seq, t.body);
	Ping =>
		sys->print("ping %d\n", t.seq);
	}
	# deliberate type error: variant field used without a pick
	sys->print("%s\n", m.body);
}
