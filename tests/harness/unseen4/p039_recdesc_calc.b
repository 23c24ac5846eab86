implement RecdescCalc;

include "sys.m";
	sys: Sys;
include "draw.m";

RecdescCalc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Calc: adt {
	s: string;
	p: int;
	vars: list of (string, real);

	expr: fn(c: self ref Calc): real;
	term: fn(c: self ref Calc): real;
	factor: fn(c: self ref Calc): real;
	unary: fn(c: self ref Calc): real;
	skip: fn(c: self ref Calc);
	get: fn(c: self ref Calc, name: string): real;
	set: fn(c: self ref Calc, name: string, v: real);
};

Calc.skip(c: self ref Calc)
{
	while(c.p < len c.s && c.s[c.p] == ' ')
		c.p++;
}

Calc.get(c: self ref Calc, name: string): real
{
	for(l := c.vars; l != nil; l = tl l){
		(n, v) := hd l;
		if(n == name)
			return v;
	}
	raise "undefined variable " + name;
}

Calc.set(c: self ref Calc, name: string, v: real)
{
	c.vars = (name, v) :: c.vars;
}

Calc.expr(c: self ref Calc): real
{
	v := c.term();
	for(;;){
		c.skip();
		if(c.p >= len c.s)
			return v;
		case c.s[c.p] {
		'+' =>
			c.p++;
			v += c.term();
		'-' =>
			c.p++;
			v -= c.term();
		* =>
			return v;
		}
	}
}

Calc.term(c: self ref Calc): real
{
	v := c.unary();
	for(;;){
		c.skip();
		if(c.p >= len c.s)
			return v;
		case c.s[c.p] {
		'*' =>
			c.p++;
			v *= c.unary();
		'/' =>
			c.p++;
			d := c.unary();
			if(d == 0.0)
				raise "division by zero";
			v /= d;
		* =>
			return v;
		}
	}
}

Calc.unary(c: self ref Calc): real
{
	c.skip();
	if(c.p < len c.s && c.s[c.p] == '-'){
		c.p++;
		return -c.unary();
	}
	b := c.factor();
	c.skip();
	if(c.p < len c.s && c.s[c.p] == '^'){
		c.p++;
		e := c.unary();
		r := 1.0;
		for(i := 0; i < int e; i++)
			r *= b;
		return r;
	}
	return b;
}

Calc.factor(c: self ref Calc): real
{
	c.skip();
	if(c.p >= len c.s)
		raise "unexpected end";
	ch := c.s[c.p];
	if(ch == '('){
		c.p++;
		v := c.expr();
		c.skip();
		if(c.p >= len c.s || c.s[c.p] != ')')
			raise "missing )";
		c.p++;
		return v;
	}
	if(ch >= '0' && ch <= '9' || ch == '.'){
		st := c.p;
		while(c.p < len c.s && (c.s[c.p] >= '0' && c.s[c.p] <= '9' || c.s[c.p] == '.'))
			c.p++;
		return real c.s[st:c.p];
	}
	if(ch >= 'a' && ch <= 'z'){
		st := c.p;
		while(c.p < len c.s && c.s[c.p] >= 'a' && c.s[c.p] <= 'z')
			c.p++;
		return c.get(c.s[st:c.p]);
	}
	raise sys->sprint("unexpected '%c' at %d", ch, c.p);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	calc := ref Calc("", 0, nil);
	calc.set("pi", 3.14159);
	lines := array[] of {
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 10 - 1",
		"-2 ^ 2",
		"r = 2.5",
		"pi * r * r",
		"7 / 2 / 2",
		"x = r * 4",
		"x / (r - 2.5)",
		"3 + * 4",
		"(1 + 2",
		"y + 1",
		"1.5 * 4 )",
	};
	for(i := 0; i < len lines; i++){
		line := lines[i];
		target := "";
		for(j := 0; j < len line; j++)
			if(line[j] == '='){
				target = line[0:j-1];
				line = line[j+1:];
				break;
			}
		calc.s = line;
		calc.p = 0;
		{
			v := calc.expr();
			if(calc.p < len calc.s)
				raise sys->sprint("trailing input at %d", calc.p);
			if(target != ""){
				calc.set(target, v);
				sys->print("%s := %g\n", target, v);
			} else
				sys->print("%s = %g\n", lines[i], v);
		} exception e {
			"*" =>
				sys->fprint(sys->fildes(2), "%s: error: %s\n", lines[i], e);
		}
	}
}
