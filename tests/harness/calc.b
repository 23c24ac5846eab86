implement Calc;

include "sys.m";
	sys: Sys;
include "draw.m";

Calc: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Stack: adt {
	items:	array of big;
	n:	int;

	new:	fn(): ref Stack;
	push:	fn(s: self ref Stack, v: big);
	pop:	fn(s: self ref Stack): big;
	peek:	fn(s: self ref Stack): big;
};

Stack.new(): ref Stack
{
	return ref Stack(array[2] of big, 0);
}

Stack.push(s: self ref Stack, v: big)
{
	if(s.n == len s.items){
		na := array[2 * len s.items] of big;
		na[0:] = s.items;
		s.items = na;
	}
	s.items[s.n++] = v;
}

Stack.pop(s: self ref Stack): big
{
	if(s.n == 0)
		raise "calc: stack underflow";
	return s.items[--s.n];
}

Stack.peek(s: self ref Stack): big
{
	if(s.n == 0)
		raise "calc: empty";
	return s.items[s.n - 1];
}

vars := array[26] of big;

isnum(t: string): int
{
	i := 0;
	if(len t > 1 && t[0] == '-')
		i = 1;
	if(i >= len t)
		return 0;
	for(; i < len t; i++)
		if(t[i] < '0' || t[i] > '9')
			return 0;
	return 1;
}

eval(line: string): string
{
	st := Stack.new();
	(nil, toks) := sys->tokenize(line, " \t");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		if(isnum(t)){
			st.push(big t);
			continue;
		}
		if(len t == 2 && t[0] == '=' && t[1] >= 'a' && t[1] <= 'z'){
			vars[t[1] - 'a'] = st.peek();
			continue;
		}
		if(len t == 1 && t[0] >= 'a' && t[0] <= 'z'){
			st.push(vars[t[0] - 'a']);
			continue;
		}
		case t {
		"+" or "-" or "*" or "/" or "%" or "^" =>
			b := st.pop();
			a := st.pop();
			r: big;
			case t {
			"+" =>	r = a + b;
			"-" =>	r = a - b;
			"*" =>	r = a * b;
			"/" =>
				if(b == big 0)
					raise "calc: division by zero";
				r = a / b;
			"%" =>
				if(b == big 0)
					raise "calc: division by zero";
				r = a % b;
			"^" =>
				r = a ** int b;
			}
			st.push(r);
		"dup" =>
			st.push(st.peek());
		"swap" =>
			b := st.pop();
			a := st.pop();
			st.push(b);
			st.push(a);
		"neg" =>
			st.push(-st.pop());
		"sum" =>
			s := big 0;
			while(st.n > 0)
				s += st.pop();
			st.push(s);
		* =>
			raise "calc: bad token " + t;
		}
	}
	if(st.n != 1)
		return sys->sprint("error: %d values left", st.n);
	return sys->sprint("%bd", st.pop());
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	progs := array[] of {
		"1 2 +",
		"2 3 4 * +",
		"10 3 -  2 *",
		"7 2 /  7 2 %  +",
		"-7 2 /",
		"-7 2 %",
		"2 10 ^",
		"2 62 ^ dup +",
		"2 63 ^ 1 -",
		"5 =a a a * =b b 1 +",
		"a b sum",
		"1 2 3 4 5 sum",
		"3 4 swap -",
		"9 neg 3 /",
		"1 0 /",
		"+",
		"1 2",
		"4 x *",
		"",
		"123456789 987654321 *",
	};
	for(i := 0; i < len progs; i++){
		r: string;
		{
			r = eval(progs[i]);
		} exception e {
		"calc:*" =>
			r = "fail(" + e[len "calc: ":] + ")";
		}
		sys->print("%2d %-24q -> %s\n", i, progs[i], r);
	}
}
