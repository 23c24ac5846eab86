implement NegSize;

include "sys.m";
	sys: Sys;
include "draw.m";

NegSize: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

mk(n: int): string
{
	{
		a := array[n] of int;
		return sys->sprint("array[%d] len %d", n, len a);
	} exception e {
	"*" =>
		return sys->sprint("array[%d]: %s", n, e);
	}
}

mkinit(n: int): string
{
	{
		a := array[n] of {1, 2, 3};
		return sys->sprint("array[%d] of {1,2,3} len %d", n, len a);
	} exception e {
	"*" =>
		return sys->sprint("array[%d] of {1,2,3}: %s", n, e);
	}
}

mkstar(n: int): string
{
	{
		a := array[n] of {* => "x"};
		return sys->sprint("array[%d] of {*} len %d", n, len a);
	} exception e {
	"*" =>
		return sys->sprint("array[%d] of {*}: %s", n, e);
	}
}

mkidx(n: int): string
{
	{
		a := array[n] of {0 => 1, 4 => 5};
		return sys->sprint("array[%d] of {0,4} len %d a[4]=%d", n, len a, a[4]);
	} exception e {
	"*" =>
		return sys->sprint("array[%d] of {0,4}: %s", n, e);
	}
}

mkbig(b: big): string
{
	{
		a := array[int b] of byte;
		return sys->sprint("array[int %bd] len %d", b, len a);
	} exception e {
	"*" =>
		return sys->sprint("array[int %bd]: %s", b, e);
	}
}

mkstr(n: int): string
{
	{
		a := array[n] of string;
		a[0] = "s";
		return sys->sprint("array[%d] of string a[0]=%s", n, a[0]);
	} exception e {
	"*" =>
		return sys->sprint("array[%d] of string: %s", n, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := -3; n <= 2; n++)
		sys->print("%s\n", mk(n));
	sys->print("%s\n", mk(-16r7fffffff-1));
	for(n = 1; n <= 4; n++)
		sys->print("%s\n", mkinit(n));
	sys->print("%s\n", mkinit(-1));
	sys->print("%s\n", mkstar(0));
	sys->print("%s\n", mkstar(3));
	sys->print("%s\n", mkstar(-5));
	sys->print("%s\n", mkidx(5));
	sys->print("%s\n", mkidx(4));
	sys->print("%s\n", mkidx(-4));
	sys->print("%s\n", mkbig(big 3));
	sys->print("%s\n", mkbig(big -1));
	sys->print("%s\n", mkbig(big 16rffffffff));
	sys->print("%s\n", mkbig(big 16r100000003));
	sys->print("%s\n", mkstr(1));
	sys->print("%s\n", mkstr(0));
	sys->print("%s\n", mkstr(-1));
	sys->print("done\n");
}
