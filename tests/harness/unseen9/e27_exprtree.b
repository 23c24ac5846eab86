implement ExprTree;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprTree: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Expr: adt {
	pick {
	Num =>
		v:	int;
	Var =>
		name:	string;
	Bin =>
		op:	int;
		l, r:	cyclic ref Expr;
	Neg =>
		e:	cyclic ref Expr;
	}
};

# --- parser: expr := term {(+|-) term}; term := unary {(*|/|%) unary};
#     unary := -unary | power; power := atom [^ unary]; atom := num | var | (expr)
src: string;
p: int;

peek(): int
{
	while(p < len src && (src[p] == ' ' || src[p] == '\t'))
		p++;
	if(p >= len src)
		return -1;
	return src[p];
}

expr(): ref Expr
{
	e := term();
	for(;;){
		c := peek();
		if(c != '+' && c != '-')
			return e;
		p++;
		e = ref Expr.Bin(c, e, term());
	}
}

term(): ref Expr
{
	e := unary();
	for(;;){
		c := peek();
		if(c != '*' && c != '/' && c != '%')
			return e;
		p++;
		e = ref Expr.Bin(c, e, unary());
	}
}

unary(): ref Expr
{
	if(peek() == '-'){
		p++;
		return ref Expr.Neg(unary());
	}
	return power();
}

power(): ref Expr
{
	a := atom();
	if(peek() == '^'){
		p++;
		return ref Expr.Bin('^', a, unary());
	}
	return a;
}

atom(): ref Expr
{
	c := peek();
	if(c == '('){
		p++;
		e := expr();
		if(peek() != ')')
			raise "parse: missing )";
		p++;
		return e;
	}
	if(c >= '0' && c <= '9'){
		v := 0;
		while(p < len src && src[p] >= '0' && src[p] <= '9')
			v = v*10 + src[p++] - '0';
		return ref Expr.Num(v);
	}
	if(c >= 'a' && c <= 'z'){
		s := p;
		while(p < len src && src[p] >= 'a' && src[p] <= 'z')
			p++;
		return ref Expr.Var(src[s:p]);
	}
	if(c < 0)
		raise "parse: unexpected end";
	raise sys->sprint("parse: unexpected '%c' at %d", c, p);
}

parse(s: string): ref Expr
{
	src = s;
	p = 0;
	e := expr();
	if(peek() >= 0)
		raise sys->sprint("parse: junk at %d", p);
	return e;
}

prec(e: ref Expr): int
{
	pick x := e {
	Bin =>
		case x.op {
		'+' or '-' =>	return 1;
		'*' or '/' or '%' =>	return 2;
		'^' =>	return 4;
		}
	Neg =>
		return 3;
	}
	return 5;
}

text(e: ref Expr): string
{
	pick x := e {
	Num =>
		return string x.v;
	Var =>
		return x.name;
	Neg =>
		return "-" + wrap(x.e, 3);
	Bin =>
		pl := prec(e);
		# left assoc for + - * /, right assoc for ^
		if(x.op == '^')
			return wrap(x.l, pl+1) + "^" + wrap(x.r, pl);
		return wrap(x.l, pl) + sys->sprint("%c", x.op) + wrap(x.r, pl+1);
	}
	return "?";
}

wrap(e: ref Expr, need: int): string
{
	if(prec(e) < need)
		return "(" + text(e) + ")";
	return text(e);
}

ipow(b, e: int): int
{
	r := 1;
	for(; e > 0; e--)
		r *= b;
	return r;
}

eval(e: ref Expr, env: list of (string, int)): int
{
	pick x := e {
	Num =>
		return x.v;
	Var =>
		for(; env != nil; env = tl env){
			(n, v) := hd env;
			if(n == x.name)
				return v;
		}
		raise "eval: unbound " + x.name;
	Neg =>
		return -eval(x.e, env);
	Bin =>
		a := eval(x.l, env);
		b := eval(x.r, env);
		case x.op {
		'+' =>	return a + b;
		'-' =>	return a - b;
		'*' =>	return a * b;
		'/' =>	if(b == 0) raise "eval: divide by zero"; return a / b;
		'%' =>	if(b == 0) raise "eval: divide by zero"; return a % b;
		'^' =>	return ipow(a, b);
		}
	}
	raise "eval: bad node";
}

isnum(e: ref Expr, v: int): int
{
	pick x := e {
	Num =>
		return x.v == v;
	}
	return 0;
}

# constant folding and algebraic identities, bottom up
simp(e: ref Expr): ref Expr
{
	pick x := e {
	Neg =>
		a := simp(x.e);
		pick y := a {
		Num =>	return ref Expr.Num(-y.v);
		Neg =>	return y.e;
		}
		return ref Expr.Neg(a);
	Bin =>
		l := simp(x.l);
		r := simp(x.r);
		pick a := l {
		Num =>
			pick b := r {
			Num =>
				if((x.op != '/' && x.op != '%') || b.v != 0)
					return ref Expr.Num(eval(ref Expr.Bin(x.op, l, r), nil));
			}
		}
		case x.op {
		'+' =>
			if(isnum(l, 0)) return r;
			if(isnum(r, 0)) return l;
		'-' =>
			if(isnum(r, 0)) return l;
			if(text(l) == text(r)) return ref Expr.Num(0);
		'*' =>
			if(isnum(l, 0) || isnum(r, 0)) return ref Expr.Num(0);
			if(isnum(l, 1)) return r;
			if(isnum(r, 1)) return l;
		'^' =>
			if(isnum(r, 0)) return ref Expr.Num(1);
			if(isnum(r, 1)) return l;
		}
		return ref Expr.Bin(x.op, l, r);
	}
	return e;
}

# symbolic derivative for + - * ^(constant exponent)
deriv(e: ref Expr, v: string): ref Expr
{
	pick x := e {
	Num =>
		return ref Expr.Num(0);
	Var =>
		if(x.name == v)
			return ref Expr.Num(1);
		return ref Expr.Num(0);
	Neg =>
		return ref Expr.Neg(deriv(x.e, v));
	Bin =>
		case x.op {
		'+' or '-' =>
			return ref Expr.Bin(x.op, deriv(x.l, v), deriv(x.r, v));
		'*' =>
			return ref Expr.Bin('+', ref Expr.Bin('*', deriv(x.l, v), x.r),
				ref Expr.Bin('*', x.l, deriv(x.r, v)));
		'^' =>
			pick n := x.r {
			Num =>
				return ref Expr.Bin('*', ref Expr.Bin('*', x.r,
					ref Expr.Bin('^', x.l, ref Expr.Num(n.v-1))), deriv(x.l, v));
			}
		}
	}
	raise "deriv: unsupported " + text(e);
}

count(e: ref Expr): int
{
	pick x := e {
	Bin =>	return 1 + count(x.l) + count(x.r);
	Neg =>	return 1 + count(x.e);
	}
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	env := ("x", 3) :: ("y", -2) :: ("z", 10) :: nil;
	tests := array[] of {
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x ^ 2 + y * (z - x)",
		"100 / 7 % 4 - -3",
		"x * 0 + 1 * (y + 0) - (z - z)",
		"(((x)))*(y-(z+1))",
		"x ^ 3 + 2 * x ^ 2 - 5 * x + 7",
		"1 + (2 * 3",
		"4 / (x - 3)",
		"w + 1",
		"3 $ 4",
		"7 / (2 - 2) + x",
	};
	for(i := 0; i < len tests; i++){
		{
			e := parse(tests[i]);
			s := simp(e);
			sys->print("%-32s => %s [%d nodes] = %d; simplified %s\n",
				tests[i], text(e), count(e), eval(e, env), text(s));
		} exception err {
		"parse:*" or "eval:*" =>
			sys->print("%-32s !! %s\n", tests[i], err);
		}
	}

	poly := parse("x ^ 3 + 2 * x ^ 2 - 5 * x + 7");
	d := simp(deriv(poly, "x"));
	dd := simp(deriv(d, "x"));
	sys->print("d/dx = %s\nd2/dx2 = %s\n", text(d), text(dd));
	for(xv := -2; xv <= 2; xv++){
		e := ("x", xv) :: nil;
		sys->print("  x=%2d f=%3d f'=%3d f''=%3d\n", xv, eval(poly, e), eval(d, e), eval(dd, e));
	}
}
