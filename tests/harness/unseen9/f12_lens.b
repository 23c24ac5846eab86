implement Lens;

include "sys.m";
	sys: Sys;
include "draw.m";

Lens: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	ns: string;
	na: array of int;
	nl: list of string;
	sys->print("nil lens: %d %d %d\n", len ns, len na, len nl);
	sys->print("args len=%d\n", len args);
	l := 1 :: 2 :: 3 :: nil;
	sys->print("list len=%d tl len=%d tl tl tl len=%d\n", len l, len tl l, len tl tl tl l);
	ll := l :: l :: nil;
	sys->print("list of list len=%d inner=%d\n", len ll, len hd ll);
	s := "naïve café";
	sys->print("string len=%d bytes=%d\n", len s, len array of byte s);
	sys->print("empty string literal len=%d\n", len "");
	a := array[0] of string;
	sys->print("array[0] len=%d nil? %d\n", len a, a == nil);
	b := array[] of {"x", "yy", "zzz"};
	total := 0;
	for(i := 0; i < len b; i++)
		total += len b[i];
	sys->print("array len=%d sum of string lens=%d\n", len b, total);
	m := array[3] of array of int;
	m[1] = array[5] of int;
	sys->print("m lens: %d %d %d %d\n", len m, len m[0], len m[1], len m[2]);
	n := -4;
	if(n < 0)
		n = 0;
	c := array[n] of byte;
	sys->print("array[0 from clamp] len=%d\n", len c);
	# len of a slice and of a string slice
	sys->print("slice lens: %d %d\n", len b[1:], len s[6:]);
	# len used in constant-ish expressions
	sys->print("len \"abc\" * 2 = %d\n", len "abc" * 2);
	# list built in loop
	acc: list of int;
	for(i = 0; i < 7; i++)
		acc = i :: acc;
	sys->print("acc len=%d head=%d\n", len acc, hd acc);
	# ref adt list
	x: list of ref Sys->Dir;
	sys->print("nil ref list len=%d\n", len x);
	x = nil :: x;
	sys->print("one nil element len=%d\n", len x);
}
