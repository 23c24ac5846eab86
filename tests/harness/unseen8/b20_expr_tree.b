implement ExprTree;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprTree: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Expr: adt {
	pick {
	Num =>
		v: int;
	Var =>
		name: string;
	Bin =>
		op: int;
		l, r: ref Expr;
	Neg =>
		e: ref Expr;
	Let =>
		name: string;
		val, body: ref Expr;
	}
	str: fn(e: self ref Expr): string;
};

Env: adt {
	name: string;
	v: int;
	next: ref Env;
};

lookup(env: ref Env, name: string): int
{
	for(; env != nil; env = env.next)
		if(env.name == name)
			return env.v;
	sys->print("(unbound %s)", name);
	return 0;
}

Expr.str(e: self ref Expr): string
{
	pick x := e {
	Num =>
		return string x.v;
	Var =>
		return x.name;
	Bin =>
		return "(" + x.l.str() + sys->sprint(" %c ", x.op) + x.r.str() + ")";
	Neg =>
		return "-" + x.e.str();
	Let =>
		return "let " + x.name + "=" + x.val.str() + " in " + x.body.str();
	}
	return "?";
}

eval(e: ref Expr, env: ref Env): int
{
	pick x := e {
	Num =>
		return x.v;
	Var =>
		return lookup(env, x.name);
	Neg =>
		return -eval(x.e, env);
	Bin =>
		a := eval(x.l, env);
		b := eval(x.r, env);
		case x.op {
		'+' => return a + b;
		'-' => return a - b;
		'*' => return a * b;
		'/' =>
			if(b == 0)
				return 0;
			return a / b;
		}
	Let =>
		v := eval(x.val, env);
		return eval(x.body, ref Env(x.name, v, env));
	}
	return 0;
}

simplify(e: ref Expr): ref Expr
{
	pick x := e {
	Bin =>
		l := simplify(x.l);
		r := simplify(x.r);
		pick a := l {
		Num =>
			pick b := r {
			Num =>
				return ref Expr.Num(eval(ref Expr.Bin(x.op, l, r), nil));
			}
			if(a.v == 0 && x.op == '+')
				return r;
			if(a.v == 1 && x.op == '*')
				return r;
		}
		return ref Expr.Bin(x.op, l, r);
	Neg =>
		inner := simplify(x.e);
		pick n := inner {
		Num => return ref Expr.Num(-n.v);
		Neg => return n.e;
		}
		return ref Expr.Neg(inner);
	}
	return e;
}

num(v: int): ref Expr { return ref Expr.Num(v); }
vr(s: string): ref Expr { return ref Expr.Var(s); }
bin(op: int, l, r: ref Expr): ref Expr { return ref Expr.Bin(op, l, r); }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	env := ref Env("x", 6, ref Env("y", -2, nil));
	exprs := array[] of {
		bin('+', num(1), bin('*', num(2), num(3))),
		bin('-', vr("x"), bin('/', vr("x"), vr("y"))),
		ref Expr.Neg(ref Expr.Neg(bin('*', vr("y"), vr("y")))),
		ref Expr.Let("z", bin('+', vr("x"), num(4)), bin('*', vr("z"), vr("z"))),
		bin('+', num(0), bin('*', num(1), vr("q"))),
		bin('*', bin('+', num(2), num(3)), ref Expr.Neg(num(4))),
		ref Expr.Let("x", num(100), bin('-', vr("x"), vr("y"))),
	};
	for(i := 0; i < len exprs; i++) {
		e := exprs[i];
		sys->print("%s = %d\n", e.str(), eval(e, env));
		s := simplify(e);
		sys->print("  simplified: %s\n", s.str());
	}
}
