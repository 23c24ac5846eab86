#args: -v 2+3x4 10/3 2^10 7%3 -5+2 1/0 2^3^2 12x 0x1f+1
implement Expr;

include "sys.m";
	sys: Sys;
include "draw.m";

Expr: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tnum, Top, Tend: con iota;

Lexer: adt {
	s:	string;
	pos:	int;
	kind:	int;
	val:	big;
	op:	int;
	new:	fn(s: string): ref Lexer;
	next:	fn(l: self ref Lexer);
};

verbose := 0;

Lexer.new(s: string): ref Lexer
{
	l := ref Lexer(s, 0, Tend, big 0, 0);
	l.next();
	return l;
}

Lexer.next(l: self ref Lexer)
{
	while(l.pos < len l.s && l.s[l.pos] == ' ')
		l.pos++;
	if(l.pos >= len l.s){
		l.kind = Tend;
		return;
	}
	c := l.s[l.pos];
	if(c >= '0' && c <= '9'){
		base := 10;
		if(c == '0' && l.pos+1 < len l.s && l.s[l.pos+1] == 'x'){
			base = 16;
			l.pos += 2;
		}
		v := big 0;
		for(; l.pos < len l.s; l.pos++){
			d := l.s[l.pos];
			if(d >= '0' && d <= '9')
				d -= '0';
			else if(base == 16 && d >= 'a' && d <= 'f')
				d = d - 'a' + 10;
			else
				break;
			v = v * big base + big d;
		}
		l.kind = Tnum;
		l.val = v;
		return;
	}
	l.kind = Top;
	l.op = c;
	l.pos++;
}

error(l: ref Lexer, msg: string)
{
	raise sys->sprint("expr: %s at column %d", msg, l.pos);
}

# expr := term {(+|-) term}; term := unary {(x|*|/|%) unary};
# unary := - unary | power; power := primary [^ unary]; primary := num | ( expr )
expr(l: ref Lexer): big
{
	v := term(l);
	while(l.kind == Top && (l.op == '+' || l.op == '-')){
		op := l.op;
		l.next();
		r := term(l);
		if(op == '-')
			r = -r;
		v += r;
	}
	return v;
}

term(l: ref Lexer): big
{
	v := unary(l);
	while(l.kind == Top && (l.op == 'x' || l.op == '*' || l.op == '/' || l.op == '%')){
		op := l.op;
		l.next();
		r := unary(l);
		case op {
		'/' or '%' =>
			if(r == big 0)
				error(l, "division by zero");
			if(op == '/')
				v /= r;
			else
				v %= r;
		* =>
			v *= r;
		}
	}
	return v;
}

unary(l: ref Lexer): big
{
	if(l.kind != Top || l.op != '-')
		return power(l);
	l.next();
	return -unary(l);
}

power(l: ref Lexer): big
{
	b := primary(l);
	if(l.kind == Top && l.op == '^'){
		l.next();
		e := unary(l);	# right associative
		if(e < big 0)
			error(l, "negative exponent");
		r := big 1;
		for(; e > big 0; e--)
			r *= b;
		return r;
	}
	return b;
}

primary(l: ref Lexer): big
{
	case l.kind {
	Tnum =>
		v := l.val;
		l.next();
		return v;
	Top =>
		if(l.op == '('){
			l.next();
			v := expr(l);
			if(l.kind != Top || l.op != ')')
				error(l, "missing )");
			l.next();
			return v;
		}
		error(l, sys->sprint("unexpected '%c'", l.op));
	}
	error(l, "unexpected end");
	return big 0;
}

eval(s: string): (big, string)
{
	{
		l := Lexer.new(s);
		v := expr(l);
		if(l.kind != Tend)
			error(l, "trailing input");
		return (v, nil);
	} exception e {
	"expr:*" =>
		return (big 0, e);
	}
}

show(s: string)
{
	(v, err) := eval(s);
	if(err != nil)
		sys->fprint(sys->fildes(2), "%s [%s]\n", err, s);
	else if(verbose)
		sys->print("%s = %bd\n", s, v);
	else
		sys->print("%bd\n", v);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		if(hd argv == "-v"){
			verbose = 1;
			continue;
		}
		show(hd argv);
	}
	sys->print("--\n");
	tests := array[] of {
		"(1+2)*(3+4)", "-(-3)^2", "2*(3", "((((7))))", "100 - 1 - 1",
		"0xff % 0x10", "2^62 + 2^62", ")", "6 / -4", ""};
	for(i := 0; i < len tests; i++)
		show(tests[i]);
}
