implement ExprPick;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprPick: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Expr: adt {
	pick {
	Num =>
		n: int;
	Var =>
		name: string;
	Add or Sub or Mul or Div =>
		l, r: ref Expr;
	Neg =>
		e: ref Expr;
	Let =>
		name: string;
		val, body: ref Expr;
	}
};

Env: adt {
	name: string;
	val: int;
	next: cyclic ref Env;
};

lookup(env: ref Env, name: string): int
{
	for(; env != nil; env = env.next)
		if(env.name == name)
			return env.val;
	raise "unbound: " + name;
}

eval(e: ref Expr, env: ref Env): int
{
	pick x := e {
	Num =>
		return x.n;
	Var =>
		return lookup(env, x.name);
	Add =>
		return eval(x.l, env) + eval(x.r, env);
	Sub =>
		return eval(x.l, env) - eval(x.r, env);
	Mul =>
		return eval(x.l, env) * eval(x.r, env);
	Div =>
		d := eval(x.r, env);
		if(d == 0)
			raise "divide by zero";
		return eval(x.l, env) / d;
	Neg =>
		return -eval(x.e, env);
	Let =>
		v := eval(x.val, env);
		return eval(x.body, ref Env(x.name, v, env));
	}
	return 0;
}

str(e: ref Expr): string
{
	pick x := e {
	Num =>
		return string x.n;
	Var =>
		return x.name;
	Add =>
		return "(" + str(x.l) + " + " + str(x.r) + ")";
	Sub =>
		return "(" + str(x.l) + " - " + str(x.r) + ")";
	Mul =>
		return str(x.l) + "*" + str(x.r);
	Div =>
		return str(x.l) + "/" + str(x.r);
	Neg =>
		return "-" + str(x.e);
	Let =>
		return "let " + x.name + " = " + str(x.val) + " in " + str(x.body);
	}
	return "?";
}

kind(e: ref Expr): string
{
	pick x := e {
	Num =>
		return "leaf";
	Var =>
		return "leaf:" + x.name;
	Add or Sub =>
		return "additive";
	Mul or Div =>
		return "multiplicative";
	* =>
		return "other";
	}
}

size(e: ref Expr): int
{
	pick x := e {
	Add or Sub or Mul or Div =>
		return 1 + size(x.l) + size(x.r);
	Neg =>
		return 1 + size(x.e);
	Let =>
		return 1 + size(x.val) + size(x.body);
	}
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := ref Expr.Num(6);
	x := ref Expr.Var("x");
	exprs := array[] of {
		ref Expr.Add(ref Expr.Num(2), ref Expr.Num(3)),
		ref Expr.Mul(ref Expr.Sub(n, ref Expr.Num(1)), ref Expr.Num(7)),
		ref Expr.Let("x", ref Expr.Num(5), ref Expr.Mul(x, x)),
		ref Expr.Neg(ref Expr.Div(ref Expr.Num(100), ref Expr.Num(7))),
		ref Expr.Let("x", ref Expr.Num(3), ref Expr.Let("y", ref Expr.Add(x, ref Expr.Num(1)),
			ref Expr.Sub(ref Expr.Var("y"), x))),
		ref Expr.Div(n, ref Expr.Sub(n, n)),
		ref Expr.Add(x, ref Expr.Num(1)),
	};
	for(i := 0; i < len exprs; i++){
		e := exprs[i];
		sys->print("%d: %s [%s, size %d]\n", i, str(e), kind(e), size(e));
		{
			sys->print("   = %d\n", eval(e, nil));
		} exception err {
			"unbound*" =>
				sys->fprint(sys->fildes(2), "   error %s\n", err);
			"*" =>
				sys->print("   failed: %s\n", err);
		}
	}
}
