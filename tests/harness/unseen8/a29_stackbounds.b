implement StackBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

StackBounds: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Stack: adt {
	items:	array of string;
	sp:	int;

	push:	fn(s: self ref Stack, v: string);
	pop:	fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: string)
{
	s.items[s.sp++] = v;	# no overflow check on purpose
}

Stack.pop(s: self ref Stack): string
{
	return s.items[--s.sp];
}

# evaluate a reverse polish expression whose tokens are strings
rpn(expr: string, depth: int): string
{
	st := ref Stack(array[depth] of string, 0);
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t {
		"+" or "-" or "*" or "/" =>
			b := int st.pop();
			a := int st.pop();
			r := 0;
			case t {
			"+" => r = a + b;
			"-" => r = a - b;
			"*" => r = a * b;
			"/" => r = a / b;
			}
			st.push(string r);
		"dup" =>
			v := st.pop();
			st.push(v);
			st.push(v);
		"swap" =>
			b := st.pop();
			a := st.pop();
			st.push(b);
			st.push(a);
		"cat" =>
			b := st.pop();
			a := st.pop();
			st.push(a + b);
		* =>
			st.push(t);
		}
	}
	return st.pop();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	exprs := array[] of {
		"1 2 +",
		"3 4 * 5 -",
		"2 dup * dup *",
		"10 3 swap -",
		"12 34 cat 1 +",
		"ab cd cat ef cat",
		"100 7 /",
		"1 2 3 4 5 + + + +",
	};
	for(i := 0; i < len exprs; i++)
		sys->print("%-22s => %s\n", exprs[i], rpn(exprs[i], 4));
}
