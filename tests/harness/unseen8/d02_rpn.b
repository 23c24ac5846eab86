#args: 3 4 + 2 x 10 - dup x 7 swap / 17 5 mod neg
implement Rpn;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Rpn: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Stack: adt {
	items: list of real;
	depth: int;

	push: fn(s: self ref Stack, v: real);
	pop: fn(s: self ref Stack): real;
	show: fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: real)
{
	s.items = v :: s.items;
	s.depth++;
}

Stack.pop(s: self ref Stack): real
{
	if(s.items == nil)
		raise "rpn:stack underflow";
	v := hd s.items;
	s.items = tl s.items;
	s.depth--;
	return v;
}

Stack.show(s: self ref Stack): string
{
	r := "";
	for(l := s.items; l != nil; l = tl l)
		r = sys->sprint("%g", hd l) + " " + r;
	return "[ " + r + "]";
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	i := 0;
	if(s[0] == '-' && len s > 1)
		i = 1;
	digits := 0;
	for(; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9')
			digits++;
		else if(c != '.')
			return 0;
	}
	return digits > 0;
}

eval(st: ref Stack, tok: string)
{
	if(isnum(tok)){
		(v, nil) := str->toreal(tok, 10);
		st.push(v);
		return;
	}
	case tok {
	"+" =>
		b := st.pop(); a := st.pop(); st.push(a+b);
	"-" =>
		b := st.pop(); a := st.pop(); st.push(a-b);
	"x" or "*" =>
		b := st.pop(); a := st.pop(); st.push(a*b);
	"/" =>
		b := st.pop(); a := st.pop();
		if(b == 0.0)
			raise "rpn:division by zero";
		st.push(a/b);
	"mod" =>
		b := int st.pop(); a := int st.pop();
		st.push(real (a % b));
	"neg" =>
		st.push(-st.pop());
	"dup" =>
		a := st.pop(); st.push(a); st.push(a);
	"swap" =>
		b := st.pop(); a := st.pop(); st.push(b); st.push(a);
	"drop" =>
		st.pop();
	* =>
		raise "rpn:unknown token " + tok;
	}
}

run(toks: list of string, trace: int): string
{
	st := ref Stack(nil, 0);
	{
		for(; toks != nil; toks = tl toks){
			eval(st, hd toks);
			if(trace)
				sys->print("  %-5s %s\n", hd toks, st.show());
		}
	} exception e {
	"rpn:*" =>
		return "error: " + e[4:];
	}
	return st.show();
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	args = tl args;
	sys->print("program: %s\n", str->quoted(args));
	sys->print("result %s\n", run(args, 1));
	tests := array[] of {
		"1 2 3 + +",
		"2.5 4 x",
		"1 0 /",
		"5 +",
		"9 2 pow",
		"10 3 mod 4 swap - neg",
	};
	for(i := 0; i < len tests; i++){
		toks := str->unquoted(tests[i]);
		sys->print("%-22s => %s\n", tests[i], run(toks, 0));
	}
}
