implement RpnCalc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RpnCalc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt {
	v:	array of real;
	n:	int;
	push:	fn(s: self ref Stack, x: real);
	pop:	fn(s: self ref Stack): real;
	show:	fn(s: self ref Stack): string;
};

Var: adt {
	name:	string;
	val:	real;
};

Word: adt {
	name:	string;
	body:	list of string;
};

Calc: adt {
	st:	ref Stack;
	vars:	list of ref Var;
	words:	list of ref Word;
	depth:	int;
	exec:	fn(c: self ref Calc, toks: list of string);
	word:	fn(c: self ref Calc, t: string);
	lookup:	fn(c: self ref Calc, name: string): ref Var;
};

Stack.push(s: self ref Stack, x: real)
{
	if(s.n >= len s.v) raise "calc: stack overflow";
	s.v[s.n++] = x;
}

Stack.pop(s: self ref Stack): real
{
	if(s.n == 0) raise "calc: stack empty";
	return s.v[--s.n];
}

Stack.show(s: self ref Stack): string
{
	r := "<" + string s.n + ">";
	for(i := 0; i < s.n; i++)
		r += sys->sprint(" %g", s.v[i]);
	return r;
}

Calc.lookup(c: self ref Calc, name: string): ref Var
{
	for(l := c.vars; l != nil; l = tl l)
		if((hd l).name == name) return hd l;
	v := ref Var(name, 0.0);
	c.vars = v :: c.vars;
	return v;
}

isnum(t: string): int
{
	for(i := 0; i < len t; i++)
		if(!(t[i] >= '0' && t[i] <= '9' || t[i] == '.' || (t[i] == '-' && i == 0 && len t > 1))) return 0;
	return len t > 0;
}

Calc.word(c: self ref Calc, t: string)
{
	s := c.st;
	case t {
	"+" =>	b := s.pop(); s.push(s.pop() + b);
	"-" =>	b := s.pop(); s.push(s.pop() - b);
	"*" =>	b := s.pop(); s.push(s.pop() * b);
	"/" =>
		b := s.pop();
		if(b == 0.0) raise "calc: division by zero";
		s.push(s.pop() / b);
	"sqrt" =>	s.push(math->sqrt(s.pop()));
	"dup" =>	x := s.pop(); s.push(x); s.push(x);
	"swap" =>	b := s.pop(); a := s.pop(); s.push(b); s.push(a);
	"drop" =>	s.pop();
	"." =>	sys->print("%g\n", s.pop());
	".s" =>	sys->print("%s\n", s.show());
	* =>
		if(isnum(t)){
			s.push(real t);
			return;
		}
		if(t[0] == '!'){
			c.lookup(t[1:]).val = s.pop();
			return;
		}
		if(t[0] == '@'){
			s.push(c.lookup(t[1:]).val);
			return;
		}
		for(w := c.words; w != nil; w = tl w)
			if((hd w).name == t){
				if(++c.depth > 50) raise "calc: recursion too deep";
				c.exec((hd w).body);
				c.depth--;
				return;
			}
		raise "calc: unknown word " + t;
	}
}

Calc.exec(c: self ref Calc, toks: list of string)
{
	while(toks != nil){
		t := hd toks;
		toks = tl toks;
		if(t == ":"){
			name := hd toks;
			body: list of string;
			for(toks = tl toks; hd toks != ";"; toks = tl toks)
				body = hd toks :: body;
			toks = tl toks;
			rb: list of string;
			for(; body != nil; body = tl body)
				rb = hd body :: rb;
			c.words = ref Word(name, rb) :: c.words;
			continue;
		}
		c.word(t);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	c := ref Calc(ref Stack(array[16] of real, 0), nil, nil, 0);
	lines := array[] of {
		"3 4 + 5 * .",
		": sq dup * ; : hyp sq swap sq + sqrt ;",
		"3 4 hyp . 5 12 hyp .",
		"10 !x 2.5 !rate @x @rate * .",
		"1 2 3 .s drop drop drop",
		"7 0 /",
		"1 + ",
		"2 frobnicate",
		": loop loop ; loop",
		"1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
		".s",
	};
	for(i := 0; i < len lines; i++){
		(nil, toks) := sys->tokenize(lines[i], " ");
		sys->print("> %s\n", lines[i]);
		{
			c.exec(toks);
		} exception e {
		"calc:*" =>
			sys->fprint(sys->fildes(2), "error: %s\n", e[6:]);
			c.st.n = 0;
			c.depth = 0;
		}
	}
}
