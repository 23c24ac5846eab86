implement Main, Counter, Stack;

include "sys.m";
	sys: Sys;
include "draw.m";

Main: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Counter: module
{
	incr:	fn(n: int): int;
	value:	fn(): int;
	reset:	fn();
};

Stack: module
{
	push:	fn(s: string);
	pop:	fn(): string;
	depth:	fn(): int;
	dump:	fn(): string;
};

# module-level state, shared by every handle on this instance
count := 0;
items: list of string;

incr(n: int): int
{
	count += n;
	return count;
}

value(): int
{
	return count;
}

reset()
{
	count = 0;
}

push(s: string)
{
	items = s :: items;
	incr(1);
}

pop(): string
{
	if(items == nil)
		raise "stack: pop of empty stack";
	s := hd items;
	items = tl items;
	return s;
}

depth(): int
{
	return len items;
}

dump(): string
{
	s := "";
	for(l := items; l != nil; l = tl l){
		if(s != nil)
			s = " " + s;
		s = hd l + s;
	}
	return "[" + s + "]";
}

# callers see only the interface they were given
usecounter(c: Counter, tag: string)
{
	for(i := 1; i <= 3; i++)
		c->incr(i);
	sys->print("%s: counter now %d\n", tag, c->value());
}

usestack(st: Stack, words: list of string)
{
	for(; words != nil; words = tl words)
		st->push(hd words);
	sys->print("stack %s depth %d\n", st->dump(), st->depth());
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := load Counter "$self";
	if(c == nil){
		sys->fprint(sys->fildes(2), "cannot load self as Counter: %r\n");
		raise "fail:load";
	}
	st := load Stack "$self";
	if(st == nil){
		sys->fprint(sys->fildes(2), "cannot load self as Stack: %r\n");
		raise "fail:load";
	}
	usecounter(c, "first");
	sys->print("direct value() = %d\n", value());
	usestack(st, "red" :: "green" :: "blue" :: nil);
	sys->print("pushes counted: %d\n", c->value());
	c->reset();
	sys->print("after reset via handle: count=%d\n", count);
	usecounter(c, "second");
	sys->print("pop %s, pop %s\n", st->pop(), st->pop());
	sys->print("left %s\n", dump());
	c2 := load Counter "$self";
	c2->incr(100);
	sys->print("second handle shares state: %d %d\n", c->value(), c2->value());
	sys->print("pop %s\n", st->pop());
	{
		st->pop();
	} exception e {
	"stack:*" =>
		sys->print("caught: %s\n", e);
	}
}
