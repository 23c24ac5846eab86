#args: 1+2x3 (4+5)x(6-1) 2x(3+4)x5-6/2 -7+10 8x(2+
implement ExprLex;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprLex: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tok: adt {
	kind:	int;	# 'n' number, 'e' end, otherwise the operator character
	val:	int;
};

# the lexer runs as its own thread and streams tokens
lexer(s: string, out: chan of Tok)
{
	i := 0;
	while(i < len s){
		c := s[i];
		if(c == ' '){
			i++;
			continue;
		}
		if(c >= '0' && c <= '9'){
			v := 0;
			while(i < len s && s[i] >= '0' && s[i] <= '9')
				v = v*10 + s[i++] - '0';
			out <-= Tok('n', v);
			continue;
		}
		if(c == 'x')	# easier to type than * on a command line
			c = '*';
		out <-= Tok(c, 0);
		i++;
	}
	out <-= Tok('e', 0);
}

toks: array of Tok;
pos := 0;

peek(): int
{
	return toks[pos].kind;
}

expect(k: int)
{
	if(toks[pos].kind != k)
		raise sys->sprint("parse error: expected '%c' at token %d", k, pos);
	pos++;
}

# expr := term {(+|-) term}
expr(): int
{
	v := term();
	while(peek() == '+' || peek() == '-'){
		op := toks[pos++].kind;
		r := term();
		if(op == '+')
			v += r;
		else
			v -= r;
	}
	return v;
}

term(): int
{
	v := factor();
	while(peek() == '*' || peek() == '/'){
		op := toks[pos++].kind;
		r := factor();
		if(op == '*')
			v *= r;
		else if(r == 0)
			raise "eval error: division by zero";
		else
			v /= r;
	}
	return v;
}

factor(): int
{
	case peek() {
	'n' =>
		return toks[pos++].val;
	'-' =>
		pos++;
		return -factor();
	'(' =>
		pos++;
		v := expr();
		expect(')');
		return v;
	}
	raise sys->sprint("parse error: unexpected token %d", pos);
}

evaluate(s: string): int
{
	c := chan[8] of Tok;
	spawn lexer(s, c);
	# gather the whole stream so the lexer is finished before we parse
	l: list of Tok;
	n := 0;
	do{
		t := <-c;
		l = t :: l;
		n++;
	}while((hd l).kind != 'e');
	toks = array[n] of Tok;
	for(; l != nil; l = tl l)
		toks[--n] = hd l;
	pos = 0;
	v := expr();
	expect('e');
	return v;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		sys->print("%s = ", hd argv);
		sys->print("%d (%d tokens)\n", evaluate(hd argv), len toks);
	}
	sys->print("all expressions evaluated\n");
}
