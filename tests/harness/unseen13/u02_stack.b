implement Rpn;

include "sys.m";
	sys: Sys;
include "draw.m";

Rpn: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
};

Stack: adt {
	v: array of real;
	n: int;

	push: fn(s: self ref Stack, x: real);
	pop: fn(s: self ref Stack): real;
};

Stack.push(s: self ref Stack, x: real)
{
	if(s.n >= len s.v){
		nv := array[2*len s.v] of real;
		nv[0:] = s.v;
		s.v = nv;
	}
	s.v[s.n++] = x;
}

Stack.pop(s: self ref Stack): real
{
	if(s.n == 0)
		raise "rpn: stack underflow";
	return s.v[--s.n];
}

eval(expr: string): real
{
	s := ref Stack(array[2] of real, 0);
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t {
		"+" =>	b := s.pop(); a := s.pop(); s.push(a+b);
		"-" =>	b := s.pop(); a := s.pop(); s.push(a-b);
		"*" =>	b := s.pop(); a := s.pop(); s.push(a*b);
		"/" =>
			b := s.pop(); a := s.pop();
			if(b == 0.0)
				raise "rpn: divide by zero";
			s.push(a/b);
		"dup" =>	a := s.pop(); s.push(a); s.push(a);
		"swap" =>	b := s.pop(); a := s.pop(); s.push(b); s.push(a);
		* =>
			s.push(real t);
		}
	}
	r := s.pop();
	if(s.n != 0)
		raise "rpn: leftover operands";
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	exprs := array[] of {
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 dup * dup *",
		"1 0 /",
		"1 +",
		"7 2 swap /",
		"1 2 3",
		"10 3 /",
	};
	for(i := 0; i < len exprs; i++){
		{
			sys->print("%-20s = %g\n", exprs[i], eval(exprs[i]));
		} exception e {
		"rpn:*" =>
			sys->fprint(sys->fildes(2), "%-20s ! %s\n", exprs[i], e);
		}
	}
}
