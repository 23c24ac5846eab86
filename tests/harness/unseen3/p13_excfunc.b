implement P13;
include "sys.m";
	sys: Sys;
include "draw.m";
P13: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Stack: adt {
	a: array of int;
	n: int;
	push: fn(s: self ref Stack, v: int);
	pop: fn(s: self ref Stack): int;
};

Stack.push(s: self ref Stack, v: int)
{
	if(s.n >= len s.a)
		raise "stack overflow";
	s.a[s.n++] = v;
}

Stack.pop(s: self ref Stack): int
{
	if(s.n == 0)
		raise "stack underflow";
	return s.a[--s.n];
}

rpn(expr: string): int
{
	st := ref Stack(array[4] of int, 0);
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t {
		"+" => b := st.pop(); a := st.pop(); st.push(a + b);
		"-" => b := st.pop(); a := st.pop(); st.push(a - b);
		"*" => b := st.pop(); a := st.pop(); st.push(a * b);
		"/" => b := st.pop(); a := st.pop();
			if(b == 0)
				raise "divide by zero";
			st.push(a / b);
		* =>
			if(t[0] < '0' || t[0] > '9')
				raise "bad token: " + t;
			st.push(int t);
		}
	}
	r := st.pop();
	if(st.n != 0)
		raise "leftover";
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	exprs := array[] of {"3 4 +", "5 1 2 + 4 * + 3 -", "1 +", "1 2 3 4 5 + + + +", "2 0 /", "7 x *", "1 2", "", "100 7 /"};
	for(i := 0; i < len exprs; i++){
		{
			sys->print("%q => %d\n", exprs[i], rpn(exprs[i]));
		} exception e {
		"stack*" => sys->print("%q => stack error (%s)\n", exprs[i], e);
		"*" => sys->print("%q => error %s\n", exprs[i], e);
		}
	}
}
