implement ExprTree;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprTree: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	pick {
	Num =>	v:	big;
	Var =>	name:	string;
	Bin =>	op:	int;
		l, r:	ref Node;
	Neg =>	e:	ref Node;
	Assign =>	name:	string;
		e:	ref Node;
	}
};

src: string;
pos: int;
vars: list of (string, big);

peek(): int
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\t'))
		pos++;
	if(pos >= len src)
		return -1;
	return src[pos];
}

isalpha(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
}

# stmt := ident '=' expr | expr
stmt(): ref Node
{
	save := pos;
	if(isalpha(peek())){
		id := ident();
		if(peek() == '=' && ++pos)
			return ref Node.Assign(id, expr());
		pos = save;
	}
	return expr();
}

ident(): string
{
	s := "";
	while(pos < len src && (isalpha(src[pos]) || src[pos] >= '0' && src[pos] <= '9'))
		s[len s] = src[pos++];
	return s;
}

expr(): ref Node
{
	n := term();
	for(c := peek(); c == '+' || c == '-'; c = peek()){
		pos++;
		n = ref Node.Bin(c, n, term());
	}
	return n;
}

term(): ref Node
{
	n := power();
	for(c := peek(); c == '*' || c == '/' || c == '%'; c = peek()){
		pos++;
		n = ref Node.Bin(c, n, power());
	}
	return n;
}

# right associative
power(): ref Node
{
	n := unary();
	if(peek() == '^'){
		pos++;
		return ref Node.Bin('^', n, power());
	}
	return n;
}

unary(): ref Node
{
	if(peek() != '-')
		return primary();
	pos++;
	return ref Node.Neg(unary());
}

primary(): ref Node
{
	c := peek();
	if(c == '('){
		pos++;
		n := expr();
		if(peek() != ')')
			raise "parse: expected )";
		pos++;
		return n;
	}
	if(c >= '0' && c <= '9'){
		v := big 0;
		while(pos < len src && src[pos] >= '0' && src[pos] <= '9')
			v = v * big 10 + big (src[pos++] - '0');
		return ref Node.Num(v);
	}
	if(isalpha(c))
		return ref Node.Var(ident());
	if(c < 0)
		raise "parse: unexpected end";
	raise sys->sprint("parse: unexpected '%c' at %d", c, pos);
}

lookup(name: string): big
{
	for(l := vars; l != nil; l = tl l)
		if((hd l).t0 == name)
			return (hd l).t1;
	raise "eval: undefined " + name;
}

eval(n: ref Node): big
{
	pick t := n {
	Num =>	return t.v;
	Var =>	return lookup(t.name);
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
			if(b == big 0)
				raise "eval: division by zero";
			if(t.op == '/')
				return a / b;
			return a % b;
		'^' =>
			r := big 1;
			for(; b > big 0; b--)
				r *= a;
			return r;
		}
	}
	return big 0;
}

show(n: ref Node): string
{
	pick t := n {
	Num =>	return string t.v;
	Var =>	return t.name;
	Neg =>	return "(-" + show(t.e) + ")";
	Assign =>	return t.name + " := " + show(t.e);
	Bin =>	return sys->sprint("(%s %c %s)", show(t.l), t.op, show(t.r));
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lines := array[] of {
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 7", "y = x * x - 1", "y / 4",
		"-y % 5", "big = 2 ^ 62", "big * 2", "10 / (x - 7)", "z + 1", "3 + * 4", "(1 + 2",
		"w = (x + y) * (x - y) / 3", "7 $ 2"};
	for(i := 0; i < len lines; i++){
		src = lines[i];
		pos = 0;
		{
			n := stmt();
			if(peek() >= 0)
				raise sys->sprint("parse: trailing input at %d", pos);
			sys->print("%-28s %-36s = %bd\n", src, show(n), eval(n));
		} exception e {
		"parse:*" or "eval:*" =>
			sys->print("%-28s error: %s\n", src, e);
		}
	}
}
