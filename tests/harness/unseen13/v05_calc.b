#args: 2x3+4-5 -7+2x2x2 10%4+2^3^2 8/4-4/0
implement Calc;

include "sys.m";
	sys: Sys;
include "draw.m";

Calc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

src: string;
pos: int;

peek(): int
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\t'))
		pos++;
	if(pos >= len src)
		return -1;
	return src[pos];
}

expect(c: int)
{
	if(peek() != c)
		raise "syntax:"+(sys->sprint("expected '%c' at %d", c, pos));
	pos++;
}

# expr := term { (+|-) term }
expr(): int
{
	v := term();
	for(;;){
		c := peek();
		if(c == '+'){
			pos++;
			v += term();
		}else if(c == '-'){
			pos++;
			v -= term();
		}else
			return v;
	}
}

# term := power { (*|/|%) power }
term(): int
{
	v := power();
	for(;;){
		c := peek();
		case c {
		'*' or 'x' =>
			pos++;
			v *= power();
		'/' or '%' =>
			pos++;
			d := power();
			if(d == 0)
				raise "syntax:division by zero";
			if(c == '/')
				v /= d;
			else
				v %= d;
		* =>
			return v;
		}
	}
}

# power := unary [ ^ power ]   (right assoc)
power(): int
{
	b := unary();
	if(peek() == '^'){
		pos++;
		e := power();
		r := 1;
		for(i := 0; i < e; i++)
			r *= b;
		return r;
	}
	return b;
}

unary(): int
{
	if(peek() == '-'){
		pos++;
		return -unary();
	}
	return primary();
}

primary(): int
{
	c := peek();
	if(c == '('){
		pos++;
		v := expr();
		expect(')');
		return v;
	}
	if(c < '0' || c > '9')
		raise "syntax:"+(sys->sprint("unexpected char at %d", pos));
	v := 0;
	while(pos < len src && src[pos] >= '0' && src[pos] <= '9')
		v = v*10 + src[pos++] - '0';
	return v;
}

eval(s: string): int
{
	src = s;
	pos = 0;
	v := expr();
	if(peek() != -1)
		raise "syntax:"+(sys->sprint("trailing junk at %d", pos));
	return v;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	argv = tl argv;
	extra := "3+" :: "(1" :: "(1+2)*(3+4)/(2+1)" :: "2*(3+4)-5" :: nil;
	for(l := argv; l != nil; l = tl l)
		extra = hd l :: extra;
	n := 0;
	for(; extra != nil; extra = tl extra){
		e := hd extra;
		n++;
		{
			sys->print("%d: %s = %d\n", n, e, eval(e));
		}exception x{
		"syntax:*" =>
			sys->fprint(stderr, "%d: %s: error: %s\n", n, e, x[7:]);
		}
	}
}
