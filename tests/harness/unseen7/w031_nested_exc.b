implement NestedExc;

include "sys.m";
	sys: Sys;
include "draw.m";

NestedExc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# a tiny recursive-descent parser that raises on syntax errors
src: string;
pos: int;

peek(): int
{
	if(pos < len src)
		return src[pos];
	return -1;
}

expect(c: int)
{
	if(peek() != c)
		raise sys->sprint("syntax: expected %c at %d", c, pos);
	pos++;
}

number(): int
{
	if(peek() < '0' || peek() > '9')
		raise "syntax: number expected at " + string pos;
	n := 0;
	while(peek() >= '0' && peek() <= '9')
		n = n * 10 + src[pos++] - '0';
	return n;
}

factor(): int
{
	if(peek() == '('){
		pos++;
		v := expr();
		expect(')');
		return v;
	}
	return number();
}

term(): int
{
	v := factor();
	while(peek() == '*' || peek() == '/'){
		op := src[pos++];
		r := factor();
		if(op == '*')
			v *= r;
		else{
			if(r == 0)
				raise "math: division by zero";
			v /= r;
		}
	}
	return v;
}

expr(): int
{
	v := term();
	while(peek() == '+' || peek() == '-'){
		op := src[pos++];
		r := term();
		if(op == '+')
			v += r;
		else
			v -= r;
	}
	return v;
}

calc(s: string): string
{
	src = s;
	pos = 0;
	{
		v := expr();
		if(pos != len src)
			raise "syntax: trailing input";
		return string v;
	} exception e {
	"syntax:*" =>
		return "error(" + e + ")";
	"math:*" =>
		return "math error";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"1+2*3", "(1+2)*3", "((7))", "10/(5-5)", "2*(3+", "8/2/2", "4)", "", "12*12-44"};
	for(i := 0; i < len tests; i++)
		sys->print("%-10s => %s\n", tests[i], calc(tests[i]));
}
