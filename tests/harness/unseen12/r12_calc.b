#args: x=3 y=4 z=x+y-0.5 w=z/2 bad=x+ u=y-4
implement Calc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
include "string.m";
	str: String;

Calc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# parse errors are raised as "syntax:..." strings

Parser: adt {
	s:	string;
	pos:	int;

	peek:	fn(p: self ref Parser): int;
	expr:	fn(p: self ref Parser): real;
	term:	fn(p: self ref Parser): real;
	power:	fn(p: self ref Parser): real;
	unary:	fn(p: self ref Parser): real;
	primary:	fn(p: self ref Parser): real;
};

vars: list of (string, real);

getvar(name: string): real
{
	for(l := vars; l != nil; l = tl l)
		if((hd l).t0 == name)
			return (hd l).t1;
	raise "syntax:undefined " + name;
}

Parser.peek(p: self ref Parser): int
{
	if(p.pos < len p.s)
		return p.s[p.pos];
	return 0;
}

Parser.expr(p: self ref Parser): real
{
	v := p.term();
	while((c := p.peek()) == '+' || c == '-'){
		p.pos++;
		if(c == '+')
			v += p.term();
		else
			v -= p.term();
	}
	return v;
}

Parser.term(p: self ref Parser): real
{
	v := p.power();
	while((c := p.peek()) == '*' || c == '/' || c == '%'){
		p.pos++;
		r := p.power();
		case c {
		'*' =>	v *= r;
		'/' =>
			if(r == 0.0)
				raise "syntax:division by zero";
			v /= r;
		'%' =>
			if(int r == 0)
				raise "syntax:remainder by zero";
			v = real (int v % int r);	# integer remainder
		}
	}
	return v;
}

Parser.power(p: self ref Parser): real
{
	v := p.unary();
	if(p.peek() == '^'){
		p.pos++;
		v = math->pow(v, p.power());	# right associative
	}
	return v;
}

Parser.unary(p: self ref Parser): real
{
	if(p.peek() == '-'){
		p.pos++;
		return -p.unary();
	}
	return p.primary();
}

Parser.primary(p: self ref Parser): real
{
	c := p.peek();
	if(c == '('){
		p.pos++;
		v := p.expr();
		if(p.peek() != ')')
			raise "syntax:missing )";
		p.pos++;
		return v;
	}
	if(str->in(c, "0-9.")){
		(v, rest) := str->toreal(p.s[p.pos:], 10);
		p.pos = len p.s - len rest;
		return v;
	}
	if(str->in(c, "a-z")){
		name := str->take(p.s[p.pos:], "a-z");
		p.pos += len name;
		if(p.peek() != '(')
			return getvar(name);
		p.pos++;
		arg := p.expr();
		if(p.peek() != ')')
			raise "syntax:missing ) after " + name;
		p.pos++;
		case name {
		"sqrt" =>	return math->sqrt(arg);
		"floor" =>	return math->floor(arg);
		"ceil" =>	return math->ceil(arg);
		"abs" =>	return math->fabs(arg);
		}
		raise "syntax:unknown function " + name;
	}
	if(c == 0)
		raise "syntax:unexpected end";
	raise "syntax:" + sys->sprint("unexpected '%c' at %d", c, p.pos);
}

eval(s: string): real
{
	p := ref Parser(s, 0);
	v := p.expr();
	if(p.pos != len s)
		raise "syntax:junk at end: " + s[p.pos:];
	return v;
}

calc(line: string)
{
	{
		(name, e) := str->splitl(line, "=");
		if(e != nil){
			v := eval(e[1:]);
			vars = (name, v) :: vars;
			sys->print("%s = %g\n", name, v);
		}else
			sys->print("%s => %g\n", line, eval(line));
	} exception x {
	"syntax:*" =>
		sys->fprint(sys->fildes(2), "calc: %s: %s\n", line, x[len "syntax:":]);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	str = load String String->PATH;

	exprs := array[] of {
		"sqrt(x*x+y*y)", "2^10", "-(x-10)*2", "floor(7.9)+ceil(0.1)",
		"17%5", "2^3^2", "abs(-2.5)*4", "q(1)", "3$", "w*4",
		"1/0", "(1+2", "nope+1", "100%u",
	};
	for(argv = tl argv; argv != nil; argv = tl argv)
		calc(hd argv);
	for(i := 0; i < len exprs; i++)
		calc(exprs[i]);
	sys->print("done\n");
}
