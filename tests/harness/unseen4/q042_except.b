implement Except;

include "sys.m";
	sys: Sys;
include "draw.m";

Except: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Stack: adt {
	a:	array of int;
	n:	int;
	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): int;
};

Stack.push(s: self ref Stack, v: int)
{
	if(s.n >= len s.a)
		raise "stack:overflow";
	s.a[s.n++] = v;
}

Stack.pop(s: self ref Stack): int
{
	if(s.n == 0)
		raise "stack:underflow";
	return s.a[--s.n];
}

eval(prog: string): string
{
	st := ref Stack(array[4] of int, 0);
	{
		(nil, toks) := sys->tokenize(prog, " ");
		for(; toks != nil; toks = tl toks){
			t := hd toks;
			case t {
			"+" =>
				st.push(st.pop() + st.pop());
			"*" =>
				st.push(st.pop() * st.pop());
			"/" =>
				b := st.pop();
				a := st.pop();
				if(b == 0)
					raise "stack:divide by zero";
				st.push(a / b);
			"nil" =>
				s: ref Stack;
				s.push(1);
			"idx" =>
				st.push(st.a[st.pop()]);
			* =>
				if(t[0] < '0' || t[0] > '9')
					raise "syntax:" + t;
				st.push(int t);
			}
		}
		return sys->sprint("= %d", st.pop());
	} exception e {
	"stack:*" =>
		return "stack error: " + e[6:];
	"dereference of nil" =>
		return "nil deref";
	"array bounds error" =>
		return "bounds";
	"*" =>
		return "other: " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	progs := array[] of {
		"1 2 +",
		"2 3 4 * +",
		"+",
		"1 2 3 4 5",
		"7 0 /",
		"4 x +",
		"nil",
		"9 idx",
		"10 3 /",
	};
	for(i := 0; i < len progs; i++)
		sys->print("%-12s %s\n", progs[i], eval(progs[i]));
	# nested handlers: inner handler does not match, outer does
	{
		{
			raise "outer:thing";
		} exception e {
		"inner:*" =>
			sys->print("inner caught %s\n", e);
		}
	} exception e {
	"outer:*" =>
		sys->print("outer caught %s\n", e);
	}
	# raise inside a handler
	{
		{
			raise "first";
		} exception {
		"first" =>
			raise "second";
		}
	} exception e {
	"sec*" =>
		sys->print("caught %s from handler\n", e);
	}
}
