implement BadMethod;

include "sys.m";
	sys: Sys;
include "draw.m";

BadMethod: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Stack: adt {
	items:	list of int;

	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): int;
};

Stack.push(s: self ref Stack, v: int)
{
	s.items = v :: s.items;
}

Stack.pop(s: self ref Stack): int
{
	v := hd s.items;
	s.items = tl s.items;
	return v;
}

# mistake: peek was never declared in the adt
Stack.peek(s: self ref Stack): int
{
	return hd s.items;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Stack(nil);
	s.push(1);
	s.push(2);
	sys->print("%d %d\n", s.peek(), s.pop());
}
