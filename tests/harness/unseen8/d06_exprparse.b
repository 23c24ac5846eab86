implement Expr;

include "sys.m";
	sys: Sys;
include "draw.m";

Expr: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Node: adt {
	pick {
	Num =>
		v: int;
	Var =>
		name: string;
	Bin =>
		op: int;
		l, r: ref Node;
	Neg =>
		e: ref Node;
	Call =>
		fname: string;
		args: list of ref Node;
	Assign =>
		name: string;
		e: ref Node;
	}
};

Parser: adt {
	s: string;
	pos: int;

	peek: fn(p: self ref Parser): int;
	next: fn(p: self ref Parser): int;
	expect: fn(p: self ref Parser, c: int);
	ident: fn(p: self ref Parser): string;
};

Parser.peek(p: self ref Parser): int
{
	while(p.pos < len p.s && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t'))
		p.pos++;
	if(p.pos >= len p.s)
		return -1;
	return p.s[p.pos];
}

Parser.next(p: self ref Parser): int
{
	c := p.peek();
	if(c >= 0)
		p.pos++;
	return c;
}

Parser.expect(p: self ref Parser, c: int)
{
	if(p.next() != c)
		raise sys->sprint("parse:expected '%c' at %d", c, p.pos);
}

isalpha(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
}

isdigit(c: int): int
{
	return c >= '0' && c <= '9';
}

Parser.ident(p: self ref Parser): string
{
	st := p.pos;
	while(p.pos < len p.s && (isalpha(p.s[p.pos]) || isdigit(p.s[p.pos])))
		p.pos++;
	return p.s[st:p.pos];
}

# stmt := ident '=' expr | expr
# expr := term (('+'|'-') term)*
# term := unary (('*'|'/'|'%') unary)*
# unary := '-' unary | power
# power := primary ('^' unary)?
# primary := num | ident | ident '(' args ')' | '(' expr ')'

stmt(p: ref Parser): ref Node
{
	save := p.pos;
	if(isalpha(p.peek())){
		name := p.ident();
		if(p.peek() == '='){
			p.next();
			return ref Node.Assign(name, expr(p));
		}
		p.pos = save;
	}
	return expr(p);
}

expr(p: ref Parser): ref Node
{
	n := term(p);
	for(;;){
		c := p.peek();
		if(c != '+' && c != '-')
			return n;
		p.next();
		n = ref Node.Bin(c, n, term(p));
	}
}

term(p: ref Parser): ref Node
{
	n := unary(p);
	for(;;){
		c := p.peek();
		if(c != '*' && c != '/' && c != '%')
			return n;
		p.next();
		n = ref Node.Bin(c, n, unary(p));
	}
}

unary(p: ref Parser): ref Node
{
	if(p.peek() == '-'){
		p.next();
		return ref Node.Neg(unary(p));
	}
	return power(p);
}

power(p: ref Parser): ref Node
{
	n := primary(p);
	if(p.peek() == '^'){
		p.next();
		n = ref Node.Bin('^', n, unary(p));
	}
	return n;
}

primary(p: ref Parser): ref Node
{
	c := p.peek();
	if(c == '('){
		p.next();
		n := expr(p);
		p.expect(')');
		return n;
	}
	if(isdigit(c)){
		v := 0;
		while(p.pos < len p.s && isdigit(p.s[p.pos]))
			v = v*10 + p.s[p.pos++] - '0';
		return ref Node.Num(v);
	}
	if(isalpha(c)){
		name := p.ident();
		if(p.peek() != '(')
			return ref Node.Var(name);
		p.next();
		args: list of ref Node;
		if(p.peek() != ')'){
			args = expr(p) :: nil;
			while(p.peek() == ','){
				p.next();
				args = expr(p) :: args;
			}
		}
		p.expect(')');
		rev: list of ref Node;
		for(; args != nil; args = tl args)
			rev = hd args :: rev;
		return ref Node.Call(name, rev);
	}
	if(c < 0)
		raise "parse:unexpected end of input";
	raise sys->sprint("parse:unexpected '%c' at %d", c, p.pos);
}

vars: list of (string, int);

getvar(name: string): int
{
	for(l := vars; l != nil; l = tl l){
		(n, v) := hd l;
		if(n == name)
			return v;
	}
	raise "eval:undefined variable " + name;
}

eval(n: ref Node): int
{
	pick t := n {
	Num =>	return t.v;
	Var =>	return getvar(t.name);
	Neg =>	return -eval(t.e);
	Assign =>
		v := eval(t.e);
		vars = (t.name, v) :: vars;
		return v;
	Bin =>
		a := eval(t.l);
		b := eval(t.r);
		case t.op {
		'+' =>	return a + b;
		'-' =>	return a - b;
		'*' =>	return a * b;
		'/' or '%' =>
			if(b == 0)
				raise "eval:division by zero";
			if(t.op == '/')
				return a / b;
			return a % b;
		'^' =>
			r := 1;
			for(i := 0; i < b; i++)
				r *= a;
			return r;
		}
	Call =>
		vals: list of int;
		for(l := t.args; l != nil; l = tl l)
			vals = eval(hd l) :: vals;
		case t.fname {
		"abs" =>
			if(len vals != 1)
				raise "eval:abs takes 1 argument";
			v := hd vals;
			if(v < 0)
				v = -v;
			return v;
		"max" or "min" =>
			if(vals == nil)
				raise "eval:" + t.fname + " needs arguments";
			m := hd vals;
			for(vals = tl vals; vals != nil; vals = tl vals)
				if(t.fname == "max" && hd vals > m || t.fname == "min" && hd vals < m)
					m = hd vals;
			return m;
		}
		raise "eval:unknown function " + t.fname;
	}
	return 0;
}

show(n: ref Node): string
{
	pick t := n {
	Num =>	return string t.v;
	Var =>	return t.name;
	Neg =>	return "(neg " + show(t.e) + ")";
	Assign =>	return "(set " + t.name + " " + show(t.e) + ")";
	Bin =>	return sys->sprint("(%c %s %s)", t.op, show(t.l), show(t.r));
	Call =>
		s := "(" + t.fname;
		for(l := t.args; l != nil; l = tl l)
			s += " " + show(hd l);
		return s + ")";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lines := array[] of {
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x = 2 ^ 3 ^ 2",
		"y = -x / 7 + 100 % 9",
		"max(x, y, 3*4) - min(4, abs(y))",
		"z + 1",
		"10 / (x - 512)",
		"2 * (3 + 4",
		"4 $ 4",
		"cube = x ^ 0 + 2 ^ 10",
	};
	for(i := 0; i < len lines; i++){
		p := ref Parser(lines[i], 0);
		{
			n := stmt(p);
			if(p.peek() >= 0)
				raise sys->sprint("parse:trailing garbage at %d", p.pos);
			v := eval(n);
			sys->print("%-34s %s\n%34s = %d\n", lines[i], show(n), "", v);
		} exception e {
		"parse:*" =>
			sys->print("%-34s syntax error: %s\n", lines[i], e[6:]);
		"eval:*" =>
			sys->print("%-34s runtime error: %s\n", lines[i], e[5:]);
		}
	}
}
