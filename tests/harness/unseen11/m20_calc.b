implement Calc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Calc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Tok: adt {
	kind:	int;	# 'n' number, 'i' ident, or the operator char, 0 at end
	num:	real;
	id:	string;
};

toks: array of Tok;
pos: int;
vars: list of (string, real);

lex(s: string): array of Tok
{
	l: list of Tok;
	i := 0;
	while(i < len s){
		c := s[i];
		if(c == ' ' || c == '\t'){
			i++;
			continue;
		}
		if(c >= '0' && c <= '9' || c == '.'){
			j := i;
			while(j < len s && (s[j] >= '0' && s[j] <= '9' || s[j] == '.'))
				j++;
			l = Tok('n', real s[i:j], nil) :: l;
			i = j;
		}else if(c >= 'a' && c <= 'z'){
			j := i;
			while(j < len s && s[j] >= 'a' && s[j] <= 'z')
				j++;
			l = Tok('i', 0.0, s[i:j]) :: l;
			i = j;
		}else if(c == '*' && i+1 < len s && s[i+1] == '*'){
			l = Tok('^', 0.0, nil) :: l;
			i += 2;
		}else{
			case c {
			'+' or '-' or '*' or '/' or '%' or '(' or ')' or '=' or '^' or ',' =>
				l = Tok(c, 0.0, nil) :: l;
			* =>
				raise sys->sprint("lex: unexpected %c at column %d", c, i+1);
			}
			i++;
		}
	}
	a := array[len l + 1] of Tok;
	a[len l] = Tok(0, 0.0, nil);
	for(k := len l - 1; l != nil; l = tl l)
		a[k--] = hd l;
	return a;
}

peek(): int { return toks[pos].kind; }

expect(k: int)
{
	if(peek() != k)
		raise sys->sprint("parse: expected %c at token %d", k, pos);
	pos++;
}

primary(): real
{
	t := toks[pos++];
	case t.kind {
	'n' =>
		return t.num;
	'-' =>
		return -primary();
	'(' =>
		v := expr();
		expect(')');
		return v;
	'i' =>
		if(peek() == '('){
			pos++;
			a := expr();
			expect(')');
			case t.id {
			"sqrt" => return math->sqrt(a);
			"sin" => return math->sin(a);
			"abs" => return math->fabs(a);
			"ln" => return math->log(a);
			}
			raise "eval: unknown function " + t.id;
		}
		for(l := vars; l != nil; l = tl l)
			if((hd l).t0 == t.id)
				return (hd l).t1;
		raise "eval: undefined variable " + t.id;
	}
	raise "parse: unexpected token";
}

power(): real
{
	b := primary();
	if(peek() == '^'){
		pos++;
		return math->pow(b, power());	# right associative
	}
	return b;
}

term(): real
{
	v := power();
	for(;;) case peek() {
	'*' => pos++; v *= power();
	'/' =>
		pos++;
		d := power();
		if(d == 0.0)
			raise "eval: division by zero";
		v /= d;
	'%' => pos++; v = math->fmod(v, power());
	* => return v;
	}
}

expr(): real
{
	v := term();
	for(;;) case peek() {
	'+' => pos++; v += term();
	'-' => pos++; v -= term();
	* => return v;
	}
}

statement(s: string): string
{
	toks = lex(s);
	pos = 0;
	if(len toks > 2 && toks[0].kind == 'i' && toks[1].kind == '='){
		pos = 2;
		v := expr();
		expect(0);
		vars = (toks[0].id, v) :: vars;
		return sys->sprint("%s = %g", toks[0].id, v);
	}
	v := expr();
	expect(0);
	return sys->sprint("%.10g", v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	lines := array[] of {
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "2 ** 10 - 1", "-3 - -4",
		"r = 2.5", "pi = 3.14159265358979", "area = pi * r ^ 2", "area / 2",
		"sqrt(2) * sqrt(2)", "17 % 5 + 0.5", "1 / 0", "x + 1", "3 $ 4",
		"(1 + 2", "abs(-7.25) + ln(1)", "1 / 3",
	};
	for(i := 0; i < len lines; i++){
		{
			sys->print("%-24s => %s\n", lines[i], statement(lines[i]));
		} exception e {
		"eval:*" or "parse:*" or "lex:*" =>
			sys->print("%-24s => error (%s)\n", lines[i], e);
		}
	}
	sys->print("%d variables defined\n", len vars);
}
