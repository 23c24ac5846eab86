implement ExcReraise;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcReraise: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

log: list of string;

note(s: string)
{
	log = s :: log;
}

level3(n: int): int
{
	note("level3 " + string n);
	case n {
	0 =>
		raise "io: short read";
	1 =>
		raise "parse: unexpected token";
	2 =>
		raise "fatal: disk on fire";
	3 =>
		a := array[2] of int;
		return a[n];
	4 =>
		z := n - 4;
		return n / z;
	}
	return n * 10;
}

level2(n: int): int
{
	{
		return level3(n);
	} exception e {
		"io:*" =>
			note("level2 retry after " + e);
			return -1;
		"parse:*" =>
			note("level2 rethrow " + e);
			raise "level2: " + e;
	}
}

level1(n: int): string
{
	{
		v := level2(n);
		return "ok " + string v;
	} exception e {
		"level2:*" =>
			return "wrapped <" + e + ">";
		"fatal:*" =>
			note("level1 passing fatal along");
			raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 7; i++){
		{
			r := level1(i);
			sys->print("case %d: %s\n", i, r);
		} exception e {
			"fatal:*" =>
				sys->print("case %d: top caught fatal [%s]\n", i, e);
			"*bounds*" =>
				sys->print("case %d: bounds [%s]\n", i, e);
			"sys: fp:*" =>
				sys->print("case %d: arithmetic fault\n", i);
			"*" =>
				sys->fprint(sys->fildes(2), "case %d: other [%s]\n", i, e);
		}
	}
	n := 0;
	for(l := log; l != nil; l = tl l)
		n++;
	sys->print("log has %d entries; most recent first:\n", n);
	for(l = log; l != nil; l = tl l)
		sys->print("  %s\n", hd l);
}
