#args: 2*(3+4) 10/4-1 -2^2 2^3^2 (1+ 7%3*5
implement Calc;

include "sys.m";
	sys: Sys;
include "draw.m";

Calc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

s: string;
p: int;

peek(): int
{
	while(p < len s && s[p] == ' ')
		p++;
	if(p >= len s)
		return -1;
	return s[p];
}

# expr := term { (+|-) term }
expr(): real
{
	v := term();
	for(;;){
		case peek() {
		'+' => p++; v += term();
		'-' => p++; v -= term();
		* => return v;
		}
	}
}

term(): real
{
	v := power();
	for(;;){
		case peek() {
		'*' => p++; v *= power();
		'/' =>
			p++;
			d := power();
			if(d == 0.0)
				raise "calc:division by zero";
			v /= d;
		'%' => p++; v = real (int v % int power());
		* => return v;
		}
	}
}

power(): real
{
	b := unary();
	if(peek() == '^'){
		p++;
		e := power();	# right associative
		r := 1.0;
		for(i := 0; i < int e; i++)
			r *= b;
		return r;
	}
	return b;
}

unary(): real
{
	if(peek() == '-'){
		p++;
		return -unary();
	}
	return primary();
}

primary(): real
{
	c := peek();
	if(c == '('){
		p++;
		v := expr();
		if(peek() != ')')
			raise "calc:missing )";
		p++;
		return v;
	}
	st := p;
	while(p < len s && (s[p] >= '0' && s[p] <= '9' || s[p] == '.'))
		p++;
	if(st == p)
		raise sys->sprint("calc:unexpected %s", s[p:]);
	return real s[st:p];
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	for(argv = tl argv; argv != nil; argv = tl argv){
		s = hd argv;
		p = 0;
		{
			v := expr();
			if(peek() != -1)
				raise "calc:trailing junk";
			sys->print("%s = %g\n", s, v);
		} exception e {
		"calc:*" =>
			sys->fprint(stderr, "%s: error: %s\n", s, e[5:]);
		}
	}
}
