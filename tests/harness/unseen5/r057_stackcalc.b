implement Stackcalc;

include "sys.m";
	sys: Sys;
include "draw.m";

Stackcalc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Stack: adt {
	items:	array of int;
	top:	int;

	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): int;
};

Stack.push(s: self ref Stack, v: int)
{
	s.items[s.top++] = v;
}

Stack.pop(s: self ref Stack): int
{
	return s.items[--s.top];
}

# defined but never declared in the adt
Stack.peek(s: self ref Stack): int
{
	return s.items[s.top-1];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Stack(array[10] of int, 0);
	s.push(3);
	s.push(4);
	sys->print("peek %d\n", s.peek());
	sys->print("sum %d\n", s.pop() + s.pop());
}
