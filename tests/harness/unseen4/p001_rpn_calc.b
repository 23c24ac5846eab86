implement RpnCalc;

include "sys.m";
	sys: Sys;
include "draw.m";

RpnCalc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	val: int;
	next: cyclic ref Node;
};

Stack: adt {
	top: ref Node;
	depth: int;

	push: fn(s: self ref Stack, v: int);
	pop: fn(s: self ref Stack): int;
	peek: fn(s: self ref Stack): int;
	dump: fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: int)
{
	s.top = ref Node(v, s.top);
	s.depth++;
}

Stack.pop(s: self ref Stack): int
{
	if(s.top == nil)
		raise "stack underflow";
	v := s.top.val;
	s.top = s.top.next;
	s.depth--;
	return v;
}

Stack.peek(s: self ref Stack): int
{
	if(s.top == nil)
		return 0;
	return s.top.val;
}

Stack.dump(s: self ref Stack): string
{
	r := "";
	for(n := s.top; n != nil; n = n.next){
		if(r != "")
			r = " " + r;
		r = string n.val + r;
	}
	return "[" + r + "]";
}

tokenize(s: string): list of string
{
	toks: list of string;
	cur := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == ' ' || c == '\t'){
			if(cur != ""){
				toks = cur :: toks;
				cur = "";
			}
		} else
			cur[len cur] = c;
	}
	if(cur != "")
		toks = cur :: toks;
	r: list of string;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

isnum(s: string): int
{
	if(s == "")
		return 0;
	i := 0;
	if(s[0] == '-' && len s > 1)
		i = 1;
	for(; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

eval(expr: string): (int, string)
{
	st := ref Stack(nil, 0);
	{
		for(t := tokenize(expr); t != nil; t = tl t){
			tok := hd t;
			if(isnum(tok)){
				st.push(int tok);
				continue;
			}
			case tok {
			"+" =>
				b := st.pop(); a := st.pop();
				st.push(a + b);
			"-" =>
				b := st.pop(); a := st.pop();
				st.push(a - b);
			"*" =>
				b := st.pop(); a := st.pop();
				st.push(a * b);
			"/" =>
				b := st.pop(); a := st.pop();
				if(b == 0)
					raise "division by zero";
				st.push(a / b);
			"%" =>
				b := st.pop(); a := st.pop();
				st.push(a % b);
			"dup" =>
				st.push(st.peek());
			"swap" =>
				b := st.pop(); a := st.pop();
				st.push(b); st.push(a);
			* =>
				raise "bad token: " + tok;
			}
		}
	} exception e {
		"stack*" =>
			return (0, "error: " + e + " at " + st.dump());
		"div*" =>
			return (0, "error: " + e);
		"bad*" =>
			return (0, "error: " + e);
	}
	if(st.depth != 1)
		return (st.peek(), "warning: depth " + string st.depth + " " + st.dump());
	return (st.pop(), nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	exprs := array[] of {
		"1 2 +",
		"3 4 * 5 -",
		"10 3 /",
		"-7 2 %",
		"2 dup * dup *",
		"1 2 3 swap - +",
		"5 0 /",
		"1 +",
		"4 5 6",
		"2 x *",
		"100 7 % 3 * 2 -",
	};
	for(i := 0; i < len exprs; i++){
		(v, err) := eval(exprs[i]);
		if(err != nil && err[0:5] == "error")
			sys->fprint(sys->fildes(2), "%-22s => %s\n", exprs[i], err);
		else if(err != nil)
			sys->print("%-22s => %d (%s)\n", exprs[i], v, err);
		else
			sys->print("%-22s => %d\n", exprs[i], v);
	}
}
