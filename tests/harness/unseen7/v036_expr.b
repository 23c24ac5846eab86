implement Expr;

include "sys.m";
	sys: Sys;
include "draw.m";

Expr: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	pick {
	Num =>
		v:	real;
	Var =>
		name:	string;
	Bin =>
		op:	int;
		l, r:	ref Node;
	Neg =>
		e:	ref Node;
	Call =>
		fname:	string;
		arg:	ref Node;
	}
	eval:	fn(n: self ref Node, env: list of (string, real)): real;
	str:	fn(n: self ref Node): string;
};

Parser: adt {
	s:	string;
	i:	int;
	peek:	fn(p: self ref Parser): int;
	expr:	fn(p: self ref Parser): ref Node;
	term:	fn(p: self ref Parser): ref Node;
	factor:	fn(p: self ref Parser): ref Node;
	unary:	fn(p: self ref Parser): ref Node;
};


Parser.peek(p: self ref Parser): int
{
	while(p.i < len p.s && p.s[p.i] == ' ')
		p.i++;
	if(p.i >= len p.s)
		return -1;
	return p.s[p.i];
}

Parser.expr(p: self ref Parser): ref Node
{
	n := p.term();
	for(;;){
		c := p.peek();
		if(c != '+' && c != '-')
			return n;
		p.i++;
		n = ref Node.Bin(c, n, p.term());
	}
}

Parser.term(p: self ref Parser): ref Node
{
	n := p.factor();
	for(;;){
		c := p.peek();
		if(c != '*' && c != '/' && c != '%')
			return n;
		p.i++;
		n = ref Node.Bin(c, n, p.factor());
	}
}

Parser.factor(p: self ref Parser): ref Node
{
	n := p.unary();
	if(p.peek() == '^'){
		p.i++;
		return ref Node.Bin('^', n, p.factor());	# right assoc
	}
	return n;
}

Parser.unary(p: self ref Parser): ref Node
{
	c := p.peek();
	case c {
	'-' =>
		p.i++;
		return ref Node.Neg(p.unary());
	'(' =>
		p.i++;
		n := p.expr();
		if(p.peek() != ')')
			raise "syntax:expected )";
		p.i++;
		return n;
	'0' to '9' or '.' =>
		st := p.i;
		while(p.i < len p.s && (p.s[p.i] >= '0' && p.s[p.i] <= '9' || p.s[p.i] == '.'))
			p.i++;
		return ref Node.Num(real p.s[st:p.i]);
	'a' to 'z' =>
		st := p.i;
		while(p.i < len p.s && p.s[p.i] >= 'a' && p.s[p.i] <= 'z')
			p.i++;
		name := p.s[st:p.i];
		if(p.peek() == '('){
			p.i++;
			a := p.expr();
			if(p.peek() != ')')
				raise "syntax:expected ) after argument";
			p.i++;
			return ref Node.Call(name, a);
		}
		return ref Node.Var(name);
	-1 =>
		raise "syntax:unexpected end";
	}
	raise "syntax:" + sys->sprint("unexpected %c", c);
}

Node.eval(n: self ref Node, env: list of (string, real)): real
{
	pick x := n {
	Num =>
		return x.v;
	Var =>
		for(; env != nil; env = tl env){
			(k, v) := hd env;
			if(k == x.name)
				return v;
		}
		raise "fail:undefined " + x.name;
	Neg =>
		return -x.e.eval(env);
	Call =>
		a := x.arg.eval(env);
		case x.fname {
		"abs" =>
			if(a < 0.0)
				return -a;
			return a;
		"sq" =>
			return a*a;
		"floor" =>
			return real big a;
		}
		raise "fail:unknown function " + x.fname;
	Bin =>
		a := x.l.eval(env);
		b := x.r.eval(env);
		case x.op {
		'+' =>	return a + b;
		'-' =>	return a - b;
		'*' =>	return a * b;
		'/' =>
			if(b == 0.0)
				raise "fail:divide by zero";
			return a / b;
		'%' =>
			return real (int a % int b);
		'^' =>
			r := 1.0;
			for(i := 0; i < int b; i++)
				r *= a;
			return r;
		}
	}
	return 0.0;
}

Node.str(n: self ref Node): string
{
	pick x := n {
	Num =>	return sys->sprint("%g", x.v);
	Var =>	return x.name;
	Neg =>	return "(-" + x.e.str() + ")";
	Call =>	return x.fname + "[" + x.arg.str() + "]";
	Bin =>	return sys->sprint("(%s %c %s)", x.l.str(), x.op, x.r.str());
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env := ("x", 3.0) :: ("y", 0.5) :: ("zero", 0.0) :: nil;
	tests := array[] of {
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x ^ 2 + sq(y)",
		"17 % 5 + abs(-4.25)",
		"floor(x / 2) * y",
		"1 / zero",
		"q + 1",
		"(1 + 2",
		"3 * * 4",
		"cube(2)",
		"",
	};
	for(i := 0; i < len tests; i++){
		p := ref Parser(tests[i], 0);
		{
			n := p.expr();
			if(p.peek() != -1)
				raise "syntax:trailing input";
			sys->print("%-22s %-32s = %g\n", tests[i], n.str(), n.eval(env));
		} exception e {
		"syntax:*" =>
			sys->print("%-22s syntax error at %d: %s\n", tests[i], p.i, e[7:]);
		"fail:*" =>
			sys->print("%-22s eval error: %s\n", tests[i], e[5:]);
		}
	}
}
