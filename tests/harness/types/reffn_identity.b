implement RefFnIdentity;

include "sys.m";
	sys: Sys;
include "draw.m";

RefFnIdentity: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Op: type ref fn(a, b: int): int;

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }

# each mention of a function as a value makes a new ref fn
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: Op = add;
	g := f;
	sys->print("copy: %d %d\n", g == f, g != f);
	sys->print("vs name: %d %d\n", f == add, f != add);
	a1: Op = add;
	a2: Op = add;
	sys->print("two mentions: %d\n", a1 == a2);
	s: Op = sub;
	sys->print("different fns: %d\n", a1 == s);
	arr := array[] of {add, add};
	sys->print("array elts: %d\n", arr[0] == arr[1]);
	arr[1] = arr[0];
	sys->print("array copied: %d\n", arr[0] == arr[1]);
	n: Op;
	sys->print("nil: %d %d\n", n == nil, f == nil);
}
