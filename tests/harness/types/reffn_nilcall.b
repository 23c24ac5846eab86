implement RefFnNilCall;

include "sys.m";
	sys: Sys;
include "draw.m";

RefFnNilCall: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

H: adt {
	fun: ref fn(s: string): string;
};

calls := 0;

arg(): int
{
	calls++;
	return calls;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: ref fn(n: int): int;
	{
		sys->print("%d\n", f(1));
	} exception e {
		"*" => sys->print("nil call: %s\n", e);
	}
	{
		f(arg());
	} exception e {
		"*" => sys->print("nil call with call arg: %s calls=%d\n", e, calls);
	}
	h := H(nil);
	{
		sys->print("%s\n", h.fun("x"));
	} exception e {
		"*" => sys->print("nil field call: %s\n", e);
	}
	fa := array[2] of ref fn(n: int): int;
	{
		fa[1](3);
	} exception e {
		"*" => sys->print("nil array elt call: %s\n", e);
	}
	sys->print("uncaught next\n");
	f(2);
	sys->print("not reached\n");
}
