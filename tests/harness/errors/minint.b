implement MinInt;

include "sys.m";
	sys: Sys;
include "draw.m";

MinInt: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

idiv(a, b: int): string
{
	{
		return sys->sprint("%d/%d=%d", a, b, a/b);
	} exception e {
	"*" =>
		return sys->sprint("%d/%d: %s", a, b, e);
	}
}

imod(a, b: int): string
{
	{
		return sys->sprint("%d%%%d=%d", a, b, a%b);
	} exception e {
	"*" =>
		return sys->sprint("%d%%%d: %s", a, b, e);
	}
}

bdiv(a, b: big): string
{
	{
		return sys->sprint("%bd/%bd=%bd", a, b, a/b);
	} exception e {
	"*" =>
		return sys->sprint("%bd/%bd: %s", a, b, e);
	}
}

bmod(a, b: big): string
{
	{
		return sys->sprint("%bd%%%bd=%bd", a, b, a%b);
	} exception e {
	"*" =>
		return sys->sprint("%bd%%%bd: %s", a, b, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := -16r7fffffff - 1;
	sys->print("min %d neg %d abs-1 %d\n", m, -m, m - 1);
	sys->print("%s\n", idiv(m, 1));
	sys->print("%s\n", idiv(m, 2));
	sys->print("%s\n", idiv(m, -2));
	sys->print("%s\n", idiv(m, -1));
	sys->print("%s\n", imod(m, 3));
	sys->print("%s\n", imod(m, -1));
	sys->print("%s\n", idiv(m, m));
	sys->print("%s\n", idiv(16r7fffffff, -1));
	bm := big -16r7fffffffffffffff - big 1;
	sys->print("bmin %bd neg %bd\n", bm, -bm);
	sys->print("%s\n", bdiv(bm, big 1));
	sys->print("%s\n", bdiv(bm, big -2));
	sys->print("%s\n", bdiv(bm, big -1));
	sys->print("%s\n", bmod(bm, big 7));
	sys->print("%s\n", bmod(bm, big -1));
	sys->print("%s\n", bdiv(big m, big -1));
	sys->print("done\n");
}
