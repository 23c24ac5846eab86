implement CaseString;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseString: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Machine: adt {
	stack: list of int;
	push: fn(m: self ref Machine, v: int);
	pop: fn(m: self ref Machine): int;
};

Machine.push(m: self ref Machine, v: int)
{
	m.stack = v :: m.stack;
}

Machine.pop(m: self ref Machine): int
{
	if(m.stack == nil)
		return 0;
	v := hd m.stack;
	m.stack = tl m.stack;
	return v;
}

exec(m: ref Machine, w: string)
{
	case w {
	"add" or "+" =>
		b := m.pop();
		a := m.pop();
		m.push(a + b);
	"sub" or "-" =>
		b := m.pop();
		a := m.pop();
		m.push(a - b);
	"mul" or "*" =>
		b := m.pop();
		a := m.pop();
		m.push(a * b);
	"dup" =>
		a := m.pop();
		m.push(a);
		m.push(a);
	"swap" =>
		b := m.pop();
		a := m.pop();
		m.push(b);
		m.push(a);
	"print" or "." =>
		sys->print("top = %d\n", hd m.stack);
	"f" to "l" =>
		sys->print("unknown word %q\n", w);
	* =>
		m.push(int w);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := ref Machine(nil);
	prog := "3 4 + . dup * . 10 swap - . 2 mul print frob 7 sub .";
	(n, words) := sys->tokenize(prog, " ");
	sys->print("%d words\n", n);
	for(; words != nil; words = tl words)
		exec(m, hd words);
	sys->print("depth %d\n", len m.stack);
}
