implement ZeroDiv;

include "sys.m";
	sys: Sys;
include "draw.m";

ZeroDiv: module
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

ydiv(a, b: byte): string
{
	{
		return sys->sprint("%d/%d=%d", int a, int b, int (a/b));
	} exception e {
	"*" =>
		return sys->sprint("byte %d/%d: %s", int a, int b, e);
	}
}

ymod(a, b: byte): string
{
	{
		return sys->sprint("%d%%%d=%d", int a, int b, int (a%b));
	} exception e {
	"*" =>
		return sys->sprint("byte %d%%%d: %s", int a, int b, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", idiv(7, 2));
	sys->print("%s\n", idiv(-7, 2));
	sys->print("%s\n", idiv(7, 0));
	sys->print("%s\n", idiv(0, 0));
	sys->print("%s\n", imod(-7, 3));
	sys->print("%s\n", imod(7, 0));
	sys->print("%s\n", bdiv(big 7, big 2));
	sys->print("%s\n", bdiv(big 7, big 0));
	sys->print("%s\n", bmod(big -7, big 3));
	sys->print("%s\n", bmod(big 7, big 0));
	sys->print("%s\n", ydiv(byte 200, byte 3));
	sys->print("%s\n", ydiv(byte 200, byte 0));
	sys->print("%s\n", ymod(byte 200, byte 7));
	sys->print("%s\n", ymod(byte 200, byte 0));
	sys->print("%s\n", ydiv(byte 5, byte 256));
	# compound assignment forms
	x := 10;
	z := 0;
	{
		x /= z;
		sys->print("x=%d\n", x);
	} exception e {
	"*" =>
		sys->print("x /= 0: %s x=%d\n", e, x);
	}
	{
		x %= z;
		sys->print("x=%d\n", x);
	} exception e {
	"*" =>
		sys->print("x %%= 0: %s x=%d\n", e, x);
	}
	bx := big 10;
	bz := big 0;
	{
		bx /= bz;
	} exception e {
	"*" =>
		sys->print("bx /= 0: %s bx=%bd\n", e, bx);
	}
	# divide inside an expression whose other part has side effects
	n := 0;
	{
		n = (n + 5) / z;
	} exception e {
	"*" =>
		sys->print("n=%d after %s\n", n, e);
	}
	sys->print("done\n");
}
